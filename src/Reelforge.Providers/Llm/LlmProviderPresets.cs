namespace Reelforge.Providers.Llm;

/// <summary>Base URL and default model of each provider Reelforge knows by name.</summary>
public static class LlmProviderPresets
{
    public const string DefaultAzureApiVersion = "2024-10-21";

    private static readonly LlmProviderPreset[] All =
    [
        new("openai", LlmProviderKind.OpenAiCompatible, "https://api.openai.com/v1", "gpt-4o-mini", true),
        new("azure", LlmProviderKind.AzureOpenAi, null, null, true),
        new("deepseek", LlmProviderKind.OpenAiCompatible, "https://api.deepseek.com/v1", "deepseek-chat", true, SupportsJsonSchema: false),
        new("moonshot", LlmProviderKind.OpenAiCompatible, "https://api.moonshot.ai/v1", "moonshot-v1-8k", true, SupportsJsonSchema: false),
        new("qwen", LlmProviderKind.OpenAiCompatible, "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", "qwen-plus", true, SupportsJsonSchema: false),
        new("gemini", LlmProviderKind.OpenAiCompatible, "https://generativelanguage.googleapis.com/v1beta/openai", "gemini-2.5-flash", true),
        new("openrouter", LlmProviderKind.OpenAiCompatible, "https://openrouter.ai/api/v1", "openai/gpt-4o-mini", true),
        new("groq", LlmProviderKind.OpenAiCompatible, "https://api.groq.com/openai/v1", "llama-3.3-70b-versatile", true, SupportsJsonSchema: false),
        new("mistral", LlmProviderKind.OpenAiCompatible, "https://api.mistral.ai/v1", "mistral-small-latest", true),
        new("ollama", LlmProviderKind.OpenAiCompatible, "http://localhost:11434/v1", "llama3.2", false),
        new("lmstudio", LlmProviderKind.OpenAiCompatible, "http://localhost:1234/v1", null, false),
        new("vllm", LlmProviderKind.OpenAiCompatible, "http://localhost:8000/v1", null, false),
        new("openai-compatible", LlmProviderKind.OpenAiCompatible, null, null, false),
        new("anthropic", LlmProviderKind.Anthropic, "https://api.anthropic.com", "claude-sonnet-4-5", true),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(p => p.Name)];

    public static bool TryGet(string? name, out LlmProviderPreset preset)
    {
        preset = All.FirstOrDefault(p => string.Equals(p.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return preset is not null;
    }

    /// <summary>Merges the preset with the user's overrides; throws <see cref="LlmConfigurationException"/> listing every problem.</summary>
    public static LlmEndpoint Resolve(LlmEndpointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = LlmOptionsValidator.ValidateEndpoint(options, "Llm");
        if (errors.Count > 0)
        {
            throw new LlmConfigurationException(errors);
        }

        TryGet(options.Provider, out var preset);
        var model = NonEmpty(options.Model) ?? NonEmpty(options.Deployment) ?? preset.DefaultModel!;
        var baseUrl = (NonEmpty(options.BaseUrl) ?? preset.BaseUrl!).TrimEnd('/');
        return new LlmEndpoint(
            preset.Name,
            preset.Kind,
            new Uri(baseUrl, UriKind.Absolute),
            model,
            NonEmpty(options.ApiKey),
            NonEmpty(options.Deployment) ?? model,
            NonEmpty(options.ApiVersion) ?? DefaultAzureApiVersion,
            TimeSpan.FromSeconds(options.TimeoutSeconds > 0 ? options.TimeoutSeconds : 120),
            preset.SupportsJsonSchema);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
