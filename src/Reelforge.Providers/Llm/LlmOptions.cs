namespace Reelforge.Providers.Llm;

/// <summary>The "Llm" configuration section: the primary endpoint, its fallbacks and the retry policy.</summary>
public sealed class LlmOptions : LlmEndpointOptions
{
    public const string SectionName = "Llm";

    /// <summary>Tried in order when the primary endpoint keeps failing.</summary>
    public List<LlmEndpointOptions> Fallbacks { get; set; } = [];

    public LlmResilienceOptions Resilience { get; set; } = new();

    /// <summary>True when a provider is named at all (otherwise the offline keyword writer is used).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Provider);
}
