namespace Reelforge.Providers.Llm;

/// <summary>A resolved, validated endpoint: everything a chat client needs.</summary>
public sealed class LlmEndpoint(
    string provider,
    LlmProviderKind kind,
    Uri baseUrl,
    string model,
    string? apiKey,
    string deployment,
    string apiVersion,
    TimeSpan timeout,
    bool supportsJsonSchema = true)
{
    public string Provider { get; } = provider;

    public LlmProviderKind Kind { get; } = kind;

    public Uri BaseUrl { get; } = baseUrl;

    public string Model { get; } = model;

    /// <summary>Secret; deliberately absent from <see cref="ToString"/>.</summary>
    public string? ApiKey { get; } = apiKey;

    public string Deployment { get; } = deployment;

    public string ApiVersion { get; } = apiVersion;

    public TimeSpan Timeout { get; } = timeout;

    /// <summary>False where the API only takes response_format json_object.</summary>
    public bool SupportsJsonSchema { get; } = supportsJsonSchema;

    /// <summary>"provider/model", used in logs, usage records and cache keys.</summary>
    public string Name => $"{Provider}/{Model}";

    public override string ToString() => $"{Name} at {BaseUrl}";
}
