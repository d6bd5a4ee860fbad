namespace Reelforge.Providers.Llm;

/// <summary>Defaults for one named provider.</summary>
/// <param name="BaseUrl">Null when the user must give one (azure, openai-compatible).</param>
/// <param name="DefaultModel">Null when the user must give one.</param>
/// <param name="SupportsJsonSchema">False where only response_format json_object is accepted; the schema then goes into the prompt.</param>
public sealed record LlmProviderPreset(string Name, LlmProviderKind Kind, string? BaseUrl, string? DefaultModel, bool RequiresApiKey, bool SupportsJsonSchema = true);
