namespace Reelforge.Providers.Speech;

/// <summary>
/// What every cloud speech engine's settings have: the key, the endpoint, the model, retries and a timeout, with the
/// engine's defaults filled in and checks whose messages name the setting.
/// </summary>
public abstract class CloudSpeechOptions
{
    private readonly string _section;
    private readonly string _defaultBaseUrl;
    private readonly string _defaultModel;
    private readonly string _label;

    /// <param name="label">How <see cref="ToString"/> names the engine ("openai speech").</param>
    protected CloudSpeechOptions(string section, string defaultBaseUrl, string defaultModel, string label)
    {
        _section = section;
        _defaultBaseUrl = defaultBaseUrl;
        _defaultModel = defaultModel;
        _label = label;
    }

    /// <summary>Secret; never logged, never put in exception messages.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The server root (requests go to BASE/v1/...); a trailing "/v1" is accepted too.</summary>
    public string? BaseUrl { get; set; }

    public string? Model { get; set; }

    /// <summary>Retries of one sentence after 429 or 5xx (honouring Retry-After) before the failure is reported as transient.</summary>
    public int MaxRetries { get; set; } = 2;

    public double TimeoutSeconds { get; set; } = 60;

    /// <summary>A copy for a one-off connection test: this key, no retries, at most <paramref name="timeoutSeconds"/> (bound options are shared).</summary>
    public CloudSpeechOptions ForConnectionTest(string apiKey, double timeoutSeconds)
    {
        var copy = (CloudSpeechOptions)MemberwiseClone();
        copy.ApiKey = apiKey;
        copy.MaxRetries = 0;
        copy.TimeoutSeconds = Math.Min(TimeoutSeconds, timeoutSeconds);
        return copy;
    }

    public bool HasKey => !string.IsNullOrWhiteSpace(ApiKey);

    public string EffectiveModel => string.IsNullOrWhiteSpace(Model) ? _defaultModel : Model.Trim();

    public Uri EffectiveBaseUrl => CloudSpeechHttp.Root(string.IsNullOrWhiteSpace(BaseUrl) ? _defaultBaseUrl : BaseUrl);

    /// <summary>Problems that make these options unusable (empty when valid); messages name the setting.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!CloudSpeechHttp.IsHttpUrl(BaseUrl ?? _defaultBaseUrl))
        {
            problems.Add($"{_section}:BaseUrl '{BaseUrl}' is not an absolute http(s) URL.");
        }

        AddProblems(problems, _section);
        if (MaxRetries < 0)
        {
            problems.Add($"{_section}:MaxRetries must be 0 or more.");
        }

        if (TimeoutSeconds <= 0)
        {
            problems.Add($"{_section}:TimeoutSeconds must be positive.");
        }

        return problems;
    }

    /// <summary>Without the key, so configuration dumps are safe.</summary>
    public override string ToString() =>
        $"{_label} model={EffectiveModel} baseUrl={EffectiveBaseUrl} apiKey={(HasKey ? "***" : "(none)")}";

    /// <summary>The engine's own checks, between the endpoint's and the retries'.</summary>
    protected abstract void AddProblems(List<string> problems, string section);
}
