namespace Reelforge.Providers.Speech;

/// <summary>
/// The "Speech:OpenAI" configuration section: an OpenAI (or OpenAI-compatible) <c>/v1/audio/speech</c> endpoint.
/// Environment: <c>Reelforge__Speech__OpenAI__ApiKey</c>, <c>…__BaseUrl</c>, <c>…__Model</c>.
/// </summary>
public sealed class OpenAiSpeechOptions
{
    public const string SectionName = "Speech:OpenAI";

    public const string DefaultBaseUrl = "https://api.openai.com";

    public const string DefaultModel = "tts-1";

    /// <summary>Secret; never logged, never put in exception messages.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The server root (requests go to BASE/v1/audio/speech); a trailing "/v1" is accepted too.</summary>
    public string? BaseUrl { get; set; }

    /// <summary><c>tts-1</c>, <c>tts-1-hd</c>, <c>gpt-4o-mini-tts</c>, or a compatible server's model name.</summary>
    public string? Model { get; set; }

    /// <summary><c>wav</c> (the header carries rate and channels) or <c>pcm</c> (raw 16-bit mono at <see cref="PcmSampleRate"/>).</summary>
    public string ResponseFormat { get; set; } = "wav";

    /// <summary>The sample rate of raw <c>pcm</c> answers: 24 kHz for OpenAI.</summary>
    public int PcmSampleRate { get; set; } = 24000;

    /// <summary>The voices offered; empty means OpenAI's documented voices for the model. Set it for a compatible server's own voices.</summary>
    public List<string> Voices { get; set; } = [];

    /// <summary>Retries of one sentence after 429 or 5xx (honouring Retry-After) before the failure is reported as transient.</summary>
    public int MaxRetries { get; set; } = 2;

    public double TimeoutSeconds { get; set; } = 60;

    public bool HasKey => !string.IsNullOrWhiteSpace(ApiKey);

    public string EffectiveModel => string.IsNullOrWhiteSpace(Model) ? DefaultModel : Model.Trim();

    public Uri EffectiveBaseUrl => CloudSpeechHttp.Root(string.IsNullOrWhiteSpace(BaseUrl) ? DefaultBaseUrl : BaseUrl);

    /// <summary>Problems that make these options unusable (empty when valid); messages name the setting.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!CloudSpeechHttp.IsHttpUrl(BaseUrl ?? DefaultBaseUrl))
        {
            problems.Add($"Speech:OpenAI:BaseUrl '{BaseUrl}' is not an absolute http(s) URL.");
        }

        if (ResponseFormat is not ("wav" or "pcm"))
        {
            problems.Add($"Speech:OpenAI:ResponseFormat must be wav or pcm, not '{ResponseFormat}'.");
        }

        if (PcmSampleRate is < 8000 or > 192000)
        {
            problems.Add("Speech:OpenAI:PcmSampleRate must be between 8000 and 192000.");
        }

        if (MaxRetries < 0)
        {
            problems.Add("Speech:OpenAI:MaxRetries must be 0 or more.");
        }

        if (TimeoutSeconds <= 0)
        {
            problems.Add("Speech:OpenAI:TimeoutSeconds must be positive.");
        }

        return problems;
    }

    /// <summary>Without the key, so configuration dumps are safe.</summary>
    public override string ToString() =>
        $"openai speech model={EffectiveModel} baseUrl={EffectiveBaseUrl} apiKey={(HasKey ? "***" : "(none)")}";
}
