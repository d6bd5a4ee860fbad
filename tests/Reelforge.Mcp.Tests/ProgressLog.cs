using System.Collections.Concurrent;
using ModelContextProtocol;

namespace Reelforge.Mcp.Tests;

/// <summary>Progress notifications as they arrive, in order (no synchronisation context involved).</summary>
internal sealed class ProgressLog : IProgress<ProgressNotificationValue>
{
    private readonly ConcurrentQueue<ProgressNotificationValue> _values = new();

    public IReadOnlyList<ProgressNotificationValue> Values => [.. _values];

    public void Report(ProgressNotificationValue value) => _values.Enqueue(value);

    /// <summary>
    /// The values once one of them reaches <paramref name="progress"/> (or after <paramref name="timeout"/>): the
    /// client dispatches notification handlers apart from the call's response, so the last notification can be
    /// handled just after the call returns although the server sent it first.
    /// </summary>
    public async Task<IReadOnlyList<ProgressNotificationValue>> ReachingAsync(double progress, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!_values.Any(v => v.Progress >= progress) && clock.Elapsed < timeout)
        {
            await Task.Delay(20);
        }

        return Values;
    }
}
