using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Audio;
using Reelforge.Core.Speech;

namespace Reelforge.Providers.Speech;

/// <summary>
/// ElevenLabs: <c>POST {BaseUrl}/v1/text-to-speech/{voice_id}/with-timestamps?output_format=pcm_RATE</c> with the
/// <c>xi-api-key</c> header and JSON <c>text</c>, <c>model_id</c>; the answer carries the audio as base64 and a timing
/// for every character, turned into word events. Voices are the account's (<c>GET /v1/voices</c>), listed again every
/// few minutes. Available when a key is configured; the options are read on every call.
/// </summary>
public sealed class ElevenLabsSpeechEngine : ISpeechEngine
{
    public const string EngineName = "elevenlabs";

    internal const string KeyConfiguration =
        "set Speech:ElevenLabs:ApiKey (env Reelforge__Speech__ElevenLabs__ApiKey) or save an ElevenLabs key in the studio's Settings";

    private readonly Func<ElevenLabsSpeechOptions> _options;
    private readonly CloudSpeechHttp _http;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private volatile CachedVoices? _voices;

    /// <param name="options">Read on every call (configuration can change while the server runs).</param>
    public ElevenLabsSpeechEngine(Func<ElevenLabsSpeechOptions> options, HttpClient? httpClient = null, ILogger<ElevenLabsSpeechEngine>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _http = new CloudSpeechHttp("ElevenLabs speech", "Speech:ElevenLabs:ApiKey", httpClient ?? CloudSpeechHttp.CreateHttpClient(_time, _logger));
    }

    public string Name => EngineName;

    public string? KeyHint => KeyConfiguration;

    public bool IsAvailable => _options().HasKey;

    /// <summary>The model and output rate: the narration cache keys on it, so another model speaks again.</summary>
    public string Version
    {
        get
        {
            var options = _options();
            return $"{options.EffectiveModel} pcm_{options.SampleRate}";
        }
    }

    public async Task<IReadOnlyList<VoiceInfo>> ListVoicesAsync(CancellationToken cancellationToken)
    {
        var options = Checked(_options());
        var key = options.ApiKey!.Trim();
        // the list belongs to an account: another key or endpoint lists again
        var account = $"{options.EffectiveBaseUrl} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))}";
        if (_voices is { } cached && cached.Account == account && _time.GetUtcNow() - cached.At < options.VoiceListLifetime)
        {
            return cached.Voices;
        }

        var url = new Uri(options.EffectiveBaseUrl, "v1/voices");
        var (body, _) = await _http.SendAsync(
            () => Request(HttpMethod.Get, url, key, null), key, options.MaxRetries, TimeSpan.FromSeconds(options.TimeoutSeconds), ReadError, cancellationToken);
        var voices = ParseVoices(body);
        _voices = new CachedVoices(account, _time.GetUtcNow(), voices);
        return voices;
    }

    public async Task<SpeechClip> SynthesizeAsync(string text, SpeechSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.Rate);
        var options = Checked(_options());
        var key = options.ApiKey!.Trim();
        var url = new Uri(options.EffectiveBaseUrl,
            $"v1/text-to-speech/{Uri.EscapeDataString(settings.Voice)}/with-timestamps?output_format=pcm_{options.SampleRate.ToString(CultureInfo.InvariantCulture)}");
        var body = new JsonObject { ["text"] = text, ["model_id"] = options.EffectiveModel };
        if (Math.Abs(settings.Rate - 1.0) > 1e-6)
        {
            // ElevenLabs speaks between 0.7 and 1.2 times its normal speed
            body["voice_settings"] = new JsonObject { ["speed"] = Math.Round(Math.Clamp(settings.Rate, 0.7, 1.2), 3) };
        }

        var json = body.ToJsonString();
        _logger.LogDebug("ElevenLabs speech {Model} {Voice} synthesising {Characters} characters", options.EffectiveModel, settings.Voice, text.Length);
        var (answer, _) = await _http.SendAsync(
            () => Request(HttpMethod.Post, url, key, json), key, options.MaxRetries, TimeSpan.FromSeconds(options.TimeoutSeconds), ReadError, cancellationToken);
        return ParseTimestampedAudio(text, answer, options.SampleRate);
    }

    /// <summary>
    /// The answer of <c>with-timestamps</c>: <c>{"audio_base64": "...", "alignment": {"characters": [...],
    /// "character_start_times_seconds": [...], "character_end_times_seconds": [...]}, "normalized_alignment": {...}}</c>.
    /// </summary>
    internal static SpeechClip ParseTimestampedAudio(string text, byte[] answer, int sampleRate)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            var root = json.RootElement;
            if (!root.TryGetProperty("audio_base64", out var audioField) || audioField.GetString() is not { } base64)
            {
                throw new SpeechSynthesisException("ElevenLabs speech answered without audio_base64.");
            }

            var audio = WavFile.DecodePcm16(Convert.FromBase64String(base64), 1, sampleRate);
            IReadOnlyList<WordBoundary> words = [];
            if (root.TryGetProperty("alignment", out var alignment) && alignment.ValueKind == JsonValueKind.Object
                && alignment.TryGetProperty("characters", out var characters) && characters.ValueKind == JsonValueKind.Array
                && alignment.TryGetProperty("character_start_times_seconds", out var starts) && starts.ValueKind == JsonValueKind.Array)
            {
                words = ElevenLabsAlignment.ToWordBoundaries(
                    text,
                    [.. characters.EnumerateArray().Select(c => c.GetString() ?? string.Empty)],
                    [.. starts.EnumerateArray().Select(s => s.GetDouble())]);
            }

            return new SpeechClip(audio, words);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new SpeechSynthesisException($"ElevenLabs speech answered with something that cannot be read: {e.Message}", e);
        }
    }

    /// <summary>
    /// <c>GET /v1/voices</c>: <c>{"voices": [{"voice_id", "name", "category", "labels": {"gender", "accent", "language"…},
    /// "verified_languages": [{"language": "en"…}]}]}</c>.
    /// </summary>
    internal static IReadOnlyList<VoiceInfo> ParseVoices(byte[] answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            if (!json.RootElement.TryGetProperty("voices", out var voices) || voices.ValueKind != JsonValueKind.Array)
            {
                throw new SpeechSynthesisException("ElevenLabs answered the voice list without \"voices\".");
            }

            var list = new List<VoiceInfo>();
            foreach (var voice in voices.EnumerateArray())
            {
                if (Text(voice, "voice_id") is not { Length: > 0 } id)
                {
                    continue;
                }

                var labels = voice.TryGetProperty("labels", out var l) && l.ValueKind == JsonValueKind.Object ? l : default;
                var languages = voice.TryGetProperty("verified_languages", out var verified) && verified.ValueKind == JsonValueKind.Array
                    ? verified.EnumerateArray().Select(v => Text(v, "language")).OfType<string>().Where(v => v.Length > 0)
                        .Select(v => v.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList()
                    : [];
                if (languages.Count == 0 && labels.ValueKind == JsonValueKind.Object && Text(labels, "language") is { Length: > 0 } language)
                {
                    languages.Add(language.ToLowerInvariant());
                }

                var gender = labels.ValueKind == JsonValueKind.Object ? Text(labels, "gender")?.ToLowerInvariant() : null;
                list.Add(new VoiceInfo(EngineName, id, $"ElevenLabs {Text(voice, "name") ?? id}",
                    languages.Count > 0 ? languages : OpenAiSpeechEngine.SpokenLanguages, gender is "female" or "male" ? gender : null));
            }

            return list;
        }
        catch (JsonException e)
        {
            throw new SpeechSynthesisException($"ElevenLabs answered the voice list with something that cannot be read: {e.Message}", e);
        }
    }

    /// <summary>
    /// ElevenLabs' error body: <c>{"detail": {"status": "invalid_api_key", "message": "..."}}</c>, or for a validation
    /// error <c>{"detail": [{"loc": [...], "msg": "..."}]}</c>.
    /// </summary>
    internal static string? ReadError(string body)
    {
        using var json = JsonDocument.Parse(body);
        if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("detail", out var detail))
        {
            return null;
        }

        return detail.ValueKind switch
        {
            JsonValueKind.String => detail.GetString(),
            JsonValueKind.Object => Text(detail, "message") ?? Text(detail, "status"),
            JsonValueKind.Array => string.Join("; ", detail.EnumerateArray().Select(d => Text(d, "msg")).OfType<string>()),
            _ => null,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static HttpRequestMessage Request(HttpMethod method, Uri url, string key, string? json)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("xi-api-key", key);
        request.Headers.Accept.ParseAdd("application/json");
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static ElevenLabsSpeechOptions Checked(ElevenLabsSpeechOptions options)
    {
        if (!options.HasKey)
        {
            throw new SpeechSynthesisException($"No ElevenLabs key is configured: {KeyConfiguration}.");
        }

        var problems = options.Validate();
        return problems.Count > 0 ? throw new SpeechSynthesisException(string.Join(" ", problems)) : options;
    }

    /// <summary>One account's voices and when they were listed.</summary>
    private sealed record CachedVoices(string Account, DateTimeOffset At, IReadOnlyList<VoiceInfo> Voices);
}
