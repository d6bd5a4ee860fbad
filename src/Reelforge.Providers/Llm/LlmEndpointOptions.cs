namespace Reelforge.Providers.Llm;

/// <summary>One LLM endpoint as configured: a provider preset plus overrides.</summary>
public class LlmEndpointOptions
{
    /// <summary>Preset name (see <see cref="LlmProviderPresets.Names"/>), e.g. "openai", "ollama", "anthropic".</summary>
    public string? Provider { get; set; }

    /// <summary>Overrides the preset's base URL (required for azure, vllm and openai-compatible).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Overrides the preset's default model.</summary>
    public string? Model { get; set; }

    /// <summary>Secret; never logged, never put in exception messages.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure OpenAI deployment name (defaults to the model).</summary>
    public string? Deployment { get; set; }

    /// <summary>Azure OpenAI api-version query parameter.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Per-attempt timeout.</summary>
    public double TimeoutSeconds { get; set; } = 120;

    /// <summary>Without the key, so configuration dumps are safe.</summary>
    public override string ToString() =>
        $"{Provider ?? "(none)"} model={Model ?? "(default)"} baseUrl={BaseUrl ?? "(default)"} apiKey={(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}";
}
