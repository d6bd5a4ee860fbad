namespace Reelforge.Providers.Llm;

/// <summary>Defaults for one named provider.</summary>
/// <param name="BaseUrl">Null when the user must give one (azure, openai-compatible).</param>
/// <param name="DefaultModel">Null when the user must give one.</param>
public sealed record LlmProviderPreset(string Name, LlmProviderKind Kind, string? BaseUrl, string? DefaultModel, bool RequiresApiKey);
