using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reelforge.Core.Footage;
using Reelforge.Core.Speech;
using Reelforge.Jobs.Production;
using Reelforge.Providers.Footage;
using Reelforge.Providers.Llm;
using Reelforge.Providers.Speech;

namespace Reelforge.Server.Studio.Settings;

/// <summary>
/// The Settings page's "test connection": one small real call through the same provider clients the renders use,
/// answered as one readable sentence.
/// </summary>
public sealed class ConnectionTester(
    SpeechEngineRegistry voices,
    IOptionsMonitor<StockOptions> stock,
    IOptionsMonitor<OpenAiSpeechOptions> openAiSpeech,
    IOptionsMonitor<ElevenLabsSpeechOptions> elevenLabs,
    ChatClientFactory chatClients,
    IHttpClientFactory httpClients,
    ILoggerFactory loggers)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public async Task<ConnectionResult> TestLlmAsync(string? provider, string? model, string? baseUrl, string? apiKey, CancellationToken cancellationToken)
    {
        var options = new LlmOptions { Provider = provider, Model = model, BaseUrl = baseUrl, ApiKey = apiKey };
        options.Resilience.MaxRetries = 0;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            // A client of its own, not the shared one: a test must neither trip nor be skipped by a render's circuit breaker.
            using var client = chatClients.CreateResilient(options);
            var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Reply with the single word OK.")], cancellationToken: timeout.Token);
            return new ConnectionResult(true, $"{provider}: “{Shorten(response.Text)}”");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ConnectionResult(false, $"{provider}: no answer within {Timeout.TotalSeconds:0} s.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ConnectionResult(false, e.Message);
        }
    }

    public async Task<ConnectionResult> TestStockAsync(string source, string? apiKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return new ConnectionResult(false, $"{source}: no API key.");
        }

        // the configured endpoints (a provider's base URL, loopback fakes in tests) with only the key being tested
        var configured = stock.CurrentValue;
        var options = new StockOptions
        {
            IncludePhotos = false, MinResults = 1, MaxPages = 1, DownloadAttempts = 1, AllowLoopbackForTests = configured.AllowLoopbackForTests,
        };
        options.Pexels.BaseUrl = configured.Pexels.BaseUrl;
        options.Pixabay.BaseUrl = configured.Pixabay.BaseUrl;
        var provider = source == PexelsFootageSource.SourceName ? options.Pexels : options.Pixabay;
        provider.ApiKeys.Add(apiKey);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            var footage = StockFootageFactory.CreateSource(source, httpClients.CreateClient(StockProviders.HttpClientName), options, loggerFactory: loggers)!;
            var found = await footage.FindAsync(new FootageQuery(0, ["nature"], 1, true), timeout.Token);
            return new ConnectionResult(true, $"{source}: {found.Count} results for “nature”.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new ConnectionResult(false, e.Message);
        }
    }

    public async Task<ConnectionResult> TestSpeechAsync(CancellationToken cancellationToken)
    {
        try
        {
            var installed = await voices.ListVoicesAsync(cancellationToken);
            var engines = installed.Select(v => v.Engine).Distinct(StringComparer.Ordinal).ToList();
            return installed.Count == 0
                ? new ConnectionResult(false, "No speech engine is installed (apt-get install flite espeak-ng).")
                : new ConnectionResult(true, $"{installed.Count} voices ({string.Join(", ", engines)}).");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ConnectionResult(false, e.Message);
        }
    }

    /// <summary>
    /// OpenAI speech: one word spoken by the first voice, against the configured endpoint and model, with
    /// <paramref name="apiKey"/> (typed, or the stored one). It costs a few characters of speech.
    /// </summary>
    public async Task<ConnectionResult> TestOpenAiSpeechAsync(string? apiKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return new ConnectionResult(false, "OpenAI speech: no API key.");
        }

        var options = (OpenAiSpeechOptions)openAiSpeech.CurrentValue.ForConnectionTest(apiKey, Timeout.TotalSeconds);
        return await TestSpeechEngineAsync(
            new OpenAiSpeechEngine(() => options, httpClients.CreateClient(SpeechEngines.HttpClientName), loggers.CreateLogger<OpenAiSpeechEngine>()),
            async engine =>
            {
                var voice = (await engine.ListVoicesAsync(cancellationToken))[0];
                var clip = await engine.SynthesizeAsync("Test.", new SpeechSettings(voice.Id), cancellationToken);
                return $"OpenAI speech: {clip.Audio.DurationSeconds:0.0} s of speech from {options.EffectiveModel} ({voice.Id}) at {options.EffectiveBaseUrl.Authority}.";
            },
            cancellationToken);
    }

    /// <summary>ElevenLabs: the account's voices (free), with <paramref name="apiKey"/> (typed, or the stored one).</summary>
    public async Task<ConnectionResult> TestElevenLabsAsync(string? apiKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return new ConnectionResult(false, "ElevenLabs: no API key.");
        }

        var options = (ElevenLabsSpeechOptions)elevenLabs.CurrentValue.ForConnectionTest(apiKey, Timeout.TotalSeconds);
        return await TestSpeechEngineAsync(
            new ElevenLabsSpeechEngine(() => options, httpClients.CreateClient(SpeechEngines.HttpClientName), loggers.CreateLogger<ElevenLabsSpeechEngine>()),
            async engine =>
            {
                var listed = await engine.ListVoicesAsync(cancellationToken);
                var names = string.Join(", ", listed.Take(3).Select(v => v.DisplayName.Replace("ElevenLabs ", "", StringComparison.Ordinal)));
                return $"ElevenLabs: {listed.Count} voices ({names}{(listed.Count > 3 ? ", …" : "")}).";
            },
            cancellationToken);
    }

    private static async Task<ConnectionResult> TestSpeechEngineAsync<TEngine>(TEngine engine, Func<TEngine, Task<string>> test, CancellationToken cancellationToken)
    {
        try
        {
            return new ConnectionResult(true, await test(engine));
        }
        catch (Exception e) when (e is SpeechSynthesisException or HttpRequestException or TimeoutException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new ConnectionResult(false, e.Message);
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text.Trim() : text[..60].Trim() + "…";
}
