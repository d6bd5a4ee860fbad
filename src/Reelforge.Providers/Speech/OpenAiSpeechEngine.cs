using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Audio;
using Reelforge.Core.Speech;

namespace Reelforge.Providers.Speech;

/// <summary>
/// OpenAI text to speech, or any server speaking its wire format: <c>POST {BaseUrl}/v1/audio/speech</c> with
/// <c>Authorization: Bearer KEY</c> and JSON <c>model</c>, <c>input</c>, <c>voice</c>, <c>response_format</c>,
/// <c>speed</c>; the answer is the audio itself. It reports no word events, so the narration splits each sentence's
/// span by syllables. Available when a key is configured; the options are read on every call, so a key saved in the
/// studio takes effect at once.
/// </summary>
public sealed class OpenAiSpeechEngine : ISpeechEngine
{
    public const string EngineName = "openai";

    /// <summary>The voices of tts-1 and tts-1-hd.</summary>
    public static readonly IReadOnlyList<string> ClassicVoices = ["alloy", "ash", "coral", "echo", "fable", "onyx", "nova", "sage", "shimmer"];

    /// <summary>The voices of gpt-4o-mini-tts: the classic ones and four more.</summary>
    public static readonly IReadOnlyList<string> AllVoices = [.. ClassicVoices, "ballad", "verse", "marin", "cedar"];

    /// <summary>OpenAI's voices follow the text's language (Whisper's languages); these are the ones offered for picking by language.</summary>
    internal static readonly IReadOnlyList<string> SpokenLanguages =
        ["en", "zh", "es", "fr", "de", "it", "pt", "ja", "ko", "ru", "ar", "hi", "nl", "pl", "tr", "sv", "id", "uk", "vi", "cs"];

    internal const string KeyConfiguration =
        "set Speech:OpenAI:ApiKey (env Reelforge__Speech__OpenAI__ApiKey) or save an OpenAI speech key in the studio's Settings";

    private readonly Func<OpenAiSpeechOptions> _options;
    private readonly CloudSpeechHttp _http;
    private readonly ILogger _logger;

    /// <param name="options">Read on every call (configuration can change while the server runs).</param>
    public OpenAiSpeechEngine(Func<OpenAiSpeechOptions> options, HttpClient? httpClient = null, ILogger<OpenAiSpeechEngine>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _http = new CloudSpeechHttp("OpenAI speech", "Speech:OpenAI:ApiKey", httpClient ?? CloudSpeechHttp.CreateHttpClient(timeProvider, _logger));
    }

    public string Name => EngineName;

    public string? KeyHint => KeyConfiguration;

    public bool IsAvailable => _options().HasKey;

    /// <summary>
    /// The model (and the raw PCM rate when asked for): the narration cache keys on it, so another model speaks again
    /// and cached clips never mix sample rates.
    /// </summary>
    public string Version
    {
        get
        {
            var options = _options();
            return options.ResponseFormat == "pcm" ? $"{options.EffectiveModel} pcm_{options.PcmSampleRate}" : options.EffectiveModel;
        }
    }

    public Task<IReadOnlyList<VoiceInfo>> ListVoicesAsync(CancellationToken cancellationToken)
    {
        var options = _options();
        var names = options.Voices.Count > 0
            ? options.Voices.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList()
            : options.EffectiveModel.StartsWith("tts-1", StringComparison.OrdinalIgnoreCase) ? ClassicVoices : AllVoices;
        IReadOnlyList<VoiceInfo> voices = [.. names.Select(v => new VoiceInfo(EngineName, v, $"OpenAI {v}", SpokenLanguages))];
        return Task.FromResult(voices);
    }

    public async Task<SpeechClip> SynthesizeAsync(string text, SpeechSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.Rate);
        var options = Checked(_options());
        var url = new Uri(options.EffectiveBaseUrl, "v1/audio/speech");
        var body = new JsonObject
        {
            ["model"] = options.EffectiveModel,
            ["input"] = text,
            ["voice"] = settings.Voice,
            ["response_format"] = options.ResponseFormat,
            ["speed"] = Math.Round(Math.Clamp(settings.Rate, 0.25, 4.0), 3),
        }.ToJsonString();

        _logger.LogDebug("OpenAI speech {Model} {Voice} synthesising {Characters} characters", options.EffectiveModel, settings.Voice, text.Length);
        var (audio, contentType) = await _http.SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey!.Trim());
                return request;
            },
            options.ApiKey!.Trim(), options.MaxRetries, TimeSpan.FromSeconds(options.TimeoutSeconds), ReadError, cancellationToken);
        return new SpeechClip(Decode(audio, contentType, options), []);
    }

    /// <summary>The audio of an answer: a WAV (any rate, channels mixed down), or raw 16-bit mono PCM at the configured rate.</summary>
    internal static PcmAudio Decode(byte[] audio, string? contentType, OpenAiSpeechOptions options)
    {
        try
        {
            if (audio.AsSpan().StartsWith("RIFF"u8))
            {
                return WavFile.Parse(audio);
            }

            if (options.ResponseFormat == "pcm" && contentType is not ("application/json" or "text/html"))
            {
                return WavFile.DecodePcm16(audio, 1, options.PcmSampleRate);
            }
        }
        catch (InvalidDataException e)
        {
            throw new SpeechSynthesisException($"OpenAI speech answered with audio that cannot be read: {e.Message}", e);
        }

        throw new SpeechSynthesisException(
            $"OpenAI speech answered with {contentType ?? "an unknown type"} ({audio.Length} bytes), not the {options.ResponseFormat} audio asked for.");
    }

    /// <summary>OpenAI's error body: <c>{"error": {"message": "...", "type": "...", "code": "..."}}</c>.</summary>
    internal static string? ReadError(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.ValueKind == JsonValueKind.Object
            && json.RootElement.TryGetProperty("error", out var error)
            ? error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message) ? message.GetString()
              : error.ValueKind == JsonValueKind.String ? error.GetString() : null
            : null;
    }

    private static OpenAiSpeechOptions Checked(OpenAiSpeechOptions options)
    {
        if (!options.HasKey)
        {
            throw new SpeechSynthesisException($"No OpenAI speech key is configured: {KeyConfiguration}.");
        }

        var problems = options.Validate();
        return problems.Count > 0 ? throw new SpeechSynthesisException(string.Join(" ", problems)) : options;
    }
}
