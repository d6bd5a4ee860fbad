namespace Reelforge.Providers.Llm;

/// <summary>
/// Per-endpoint breaker: after <c>threshold</c> consecutive failed calls the endpoint is skipped for
/// <c>breakDuration</c>; after that one trial call decides (success closes it, failure re-opens it).
/// </summary>
public sealed class LlmCircuitBreaker(int threshold, TimeSpan breakDuration, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Failures, DateTimeOffset OpenUntil)> _state = new(StringComparer.Ordinal);

    public bool IsOpen(string endpoint)
    {
        lock (_gate)
        {
            return _state.TryGetValue(endpoint, out var s) && s.OpenUntil > timeProvider.GetUtcNow();
        }
    }

    public void RecordSuccess(string endpoint)
    {
        lock (_gate)
        {
            _state.Remove(endpoint);
        }
    }

    /// <summary>Returns true when this failure opened the circuit.</summary>
    public bool RecordFailure(string endpoint)
    {
        lock (_gate)
        {
            _state.TryGetValue(endpoint, out var s);
            var failures = s.Failures + 1;
            var opens = failures >= Math.Max(1, threshold);
            _state[endpoint] = (failures, opens ? timeProvider.GetUtcNow() + breakDuration : DateTimeOffset.MinValue);
            return opens;
        }
    }
}
