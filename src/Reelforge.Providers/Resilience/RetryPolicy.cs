namespace Reelforge.Providers.Resilience;

/// <summary>
/// How one kind of dependency is retried (section <c>Resilience:{Kind}</c>, see <see cref="DependencyKind"/>), and the one backoff formula: the server's
/// Retry-After when it gave one, else <see cref="BaseDelay"/> doubled per retry with ±20 % jitter (so parallel tasks
/// don't retry in lockstep), both capped at <see cref="MaxDelay"/>.
/// </summary>
public sealed class RetryPolicy
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap for backoff and for a server's Retry-After.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take; null: no limit of the policy's own (a request or endpoint may set one).</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>The wait before retry number <paramref name="retry"/> (0 = the first retry).</summary>
    public TimeSpan DelayFor(int retry, TimeSpan? retryAfter = null)
    {
        if (retryAfter is { } serverSaid)
        {
            return serverSaid < MaxDelay ? serverSaid : MaxDelay;
        }

#pragma warning disable CA5394 // jitter, not security
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        var ms = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(retry, 0, 30)) * jitter;
        return TimeSpan.FromMilliseconds(Math.Min(ms, MaxDelay.TotalMilliseconds));
    }

    /// <summary>Problems with these settings, named under <paramref name="section"/>; empty when valid.</summary>
    public IReadOnlyList<string> Validate(string section)
    {
        var problems = new List<string>();
        if (MaxRetries is < 0 or > 20)
        {
            problems.Add($"{section}:MaxRetries must be between 0 and 20, not {MaxRetries}.");
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay)
        {
            problems.Add($"{section}:BaseDelay must not be negative and {section}:MaxDelay must be at least BaseDelay.");
        }

        if (AttemptTimeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            problems.Add($"{section}:AttemptTimeout must be positive, not {timeout}.");
        }

        return problems;
    }
}
