namespace Reelforge.Providers.Llm;

/// <summary>The "Llm" configuration is unusable; the message lists every problem (never the key).</summary>
public sealed class LlmConfigurationException : Exception
{
    public LlmConfigurationException(IReadOnlyList<string> errors)
        : base("Invalid LLM configuration: " + string.Join(" ", errors ?? []))
    {
        Errors = errors ?? [];
    }

    public IReadOnlyList<string> Errors { get; }
}
