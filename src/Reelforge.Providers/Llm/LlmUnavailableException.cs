namespace Reelforge.Providers.Llm;

/// <summary>Every configured endpoint failed or was skipped by its circuit breaker.</summary>
public sealed class LlmUnavailableException : Exception
{
    public LlmUnavailableException(IReadOnlyList<string> failures, Exception? lastError)
        : base("No LLM endpoint answered: " + string.Join("; ", failures ?? []), lastError)
    {
        Failures = failures ?? [];
    }

    public LlmUnavailableException()
    {
        Failures = [];
    }

    public LlmUnavailableException(string message)
        : base(message)
    {
        Failures = [];
    }

    public LlmUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failures = [];
    }

    /// <summary>One line per endpoint: what went wrong there.</summary>
    public IReadOnlyList<string> Failures { get; }
}
