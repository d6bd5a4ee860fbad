namespace Reelforge.Core.Requests.Specification;

/// <summary>What the running host can do, which decides what a request may ask for.</summary>
public sealed record RequestContext
{
    /// <summary>Whether an LLM is configured to write a script from a topic.</summary>
    public bool LlmConfigured { get; init; }

    /// <summary>Engine names accepted in ENGINE:VOICE.</summary>
    public IReadOnlySet<string> VoiceEngines { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Footage source names a request may list (stock providers, "library", "uploads").</summary>
    public IReadOnlyList<string> FootageSources { get; init; } = [];

    /// <summary>The sources a request uses when it names none: every configured one (keyed stock providers, the library).</summary>
    public IReadOnlyList<string> DefaultFootage { get; init; } = [];
}
