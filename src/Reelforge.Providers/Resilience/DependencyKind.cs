namespace Reelforge.Providers.Resilience;

/// <summary>
/// The kinds of outbound dependency, each retried by the named policy of the same name: its settings are the section
/// <c>Resilience:{Kind}</c> (<see cref="RetryPolicy"/>), its pipeline is built by <see cref="TransientRetryPipeline"/>.
/// </summary>
public static class DependencyKind
{
    public const string SectionName = "Resilience";

    /// <summary>Each LLM endpoint, before the next fallback is tried.</summary>
    public const string Llm = "Llm";

    /// <summary>The cloud speech engines' HTTP client.</summary>
    public const string Speech = "Speech";

    /// <summary>Stock search APIs (Pexels, Pixabay), one API key at a time.</summary>
    public const string Stock = "Stock";

    /// <summary>Footage downloads, each attempt from the first hop to the last byte.</summary>
    public const string Download = "Download";

    /// <summary>Completion webhooks.</summary>
    public const string Webhook = "Webhook";

    public static IReadOnlyList<string> All { get; } = [Llm, Speech, Stock, Download, Webhook];

    /// <summary>The configuration section of a kind's policy, e.g. <c>Resilience:Stock</c>.</summary>
    public static string SectionOf(string kind) => $"{SectionName}:{kind}";
}
