using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Reelforge.Core.Footage;
using Reelforge.Jobs.Production;
using Reelforge.Providers.Footage;
using Reelforge.Providers.Llm;
using Reelforge.Providers.Speech;

namespace Reelforge.Server.Studio.Settings;

/// <summary>
/// The Settings page's "test connection": one small real call through the same provider clients the renders use,
/// answered as one readable sentence.
/// </summary>
public sealed class ConnectionTester(SpeechEngineRegistry voices, VideoProducer producer, ILoggerFactory loggers)
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
            using var client = new ChatClientFactory(loggerFactory: loggers).CreateResilient(options);
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
        var configured = producer.Configuration.GetSection(StockOptions.SectionName).Get<StockOptions>() ?? new StockOptions();
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
            using var http = new HttpClient { Timeout = Timeout };
            var footage = StockFootageFactory.CreateSource(source, http, options, loggerFactory: loggers)!;
            var found = await footage.FindAsync(new FootageQuery(0, ["nature"], 1, true), cancellationToken);
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

    private static string Shorten(string text) => text.Length <= 60 ? text.Trim() : text[..60].Trim() + "…";
}
