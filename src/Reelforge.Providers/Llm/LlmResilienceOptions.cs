using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Llm;

/// <summary>
/// Retry and circuit-breaker settings shared by every endpoint: the section <c>Resilience:Llm</c>, or its older name
/// <c>Llm:Resilience</c> (both are read; the newer wins).
/// </summary>
public sealed class LlmResilienceOptions
{
    /// <summary>Retries per endpoint after the first attempt (429, 5xx, timeouts, network errors).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubled per retry, with jitter, capped at <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap for backoff and for a server's Retry-After.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A limit for each attempt besides the endpoint's own TimeoutSeconds (the shorter wins); null: none.</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>Consecutive failed calls (after retries) that open an endpoint's circuit.</summary>
    public int BreakerFailureThreshold { get; set; } = 2;

    /// <summary>How long an open circuit skips its endpoint.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>These settings as the retry policy every dependency shares the backoff formula of.</summary>
    public RetryPolicy Retry => new() { MaxRetries = MaxRetries, BaseDelay = BaseDelay, MaxDelay = MaxDelay, AttemptTimeout = AttemptTimeout };
}
