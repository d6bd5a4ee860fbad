namespace Reelforge.Providers.Speech;

/// <summary>
/// The "Speech:ElevenLabs" configuration section. Environment: <c>Reelforge__Speech__ElevenLabs__ApiKey</c>,
/// <c>…__BaseUrl</c>, <c>…__Model</c>.
/// </summary>
public sealed class ElevenLabsSpeechOptions
{
    public const string SectionName = "Speech:ElevenLabs";

    public const string DefaultBaseUrl = "https://api.elevenlabs.io";

    public const string DefaultModel = "eleven_multilingual_v2";

    /// <summary>Secret; never logged, never put in exception messages.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The server root (requests go to BASE/v1/...).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The <c>model_id</c>: <c>eleven_multilingual_v2</c>, <c>eleven_flash_v2_5</c>, <c>eleven_turbo_v2_5</c>, …</summary>
    public string? Model { get; set; }

    /// <summary>Raw 16-bit mono PCM at this rate (<c>output_format=pcm_RATE</c>): 16000, 22050, 24000 or 44100 (44.1 kHz needs a Pro plan).</summary>
    public int SampleRate { get; set; } = 24000;

    /// <summary>Retries of one sentence after 429 or 5xx (honouring Retry-After) before the failure is reported as transient.</summary>
    public int MaxRetries { get; set; } = 2;

    public double TimeoutSeconds { get; set; } = 60;

    /// <summary>How long the account's voice list is reused before it is asked for again.</summary>
    public TimeSpan VoiceListLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public bool HasKey => !string.IsNullOrWhiteSpace(ApiKey);

    public string EffectiveModel => string.IsNullOrWhiteSpace(Model) ? DefaultModel : Model.Trim();

    public Uri EffectiveBaseUrl => CloudSpeechHttp.Root(string.IsNullOrWhiteSpace(BaseUrl) ? DefaultBaseUrl : BaseUrl);

    /// <summary>Problems that make these options unusable (empty when valid); messages name the setting.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!CloudSpeechHttp.IsHttpUrl(BaseUrl ?? DefaultBaseUrl))
        {
            problems.Add($"Speech:ElevenLabs:BaseUrl '{BaseUrl}' is not an absolute http(s) URL.");
        }

        if (SampleRate is not (8000 or 16000 or 22050 or 24000 or 44100 or 48000))
        {
            problems.Add($"Speech:ElevenLabs:SampleRate must be one of 16000, 22050, 24000, 44100, not {SampleRate}.");
        }

        if (MaxRetries < 0)
        {
            problems.Add("Speech:ElevenLabs:MaxRetries must be 0 or more.");
        }

        if (TimeoutSeconds <= 0)
        {
            problems.Add("Speech:ElevenLabs:TimeoutSeconds must be positive.");
        }

        return problems;
    }

    /// <summary>Without the key, so configuration dumps are safe.</summary>
    public override string ToString() =>
        $"elevenlabs speech model={EffectiveModel} baseUrl={EffectiveBaseUrl} apiKey={(HasKey ? "***" : "(none)")}";
}
