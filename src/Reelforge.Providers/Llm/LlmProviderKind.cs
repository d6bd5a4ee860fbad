namespace Reelforge.Providers.Llm;

/// <summary>The wire protocol an endpoint speaks.</summary>
public enum LlmProviderKind
{
    OpenAiCompatible,
    AzureOpenAi,
    Anthropic,
}
