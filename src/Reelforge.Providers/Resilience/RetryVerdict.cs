namespace Reelforge.Providers.Resilience;

/// <summary>What the one classifier says about an answer: worth another try or not, and the wait its server asked for.</summary>
/// <param name="Reason">A short description for the log, e.g. "HTTP 503".</param>
public readonly record struct RetryVerdict(bool Transient, TimeSpan? RetryAfter, string Reason)
{
    public static RetryVerdict Final(string reason) => new(false, null, reason);
}
