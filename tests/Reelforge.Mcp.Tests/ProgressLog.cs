using System.Collections.Concurrent;
using ModelContextProtocol;

namespace Reelforge.Mcp.Tests;

/// <summary>Progress notifications as they arrive, in order (no synchronisation context involved).</summary>
internal sealed class ProgressLog : IProgress<ProgressNotificationValue>
{
    private readonly ConcurrentQueue<ProgressNotificationValue> _values = new();

    public IReadOnlyList<ProgressNotificationValue> Values => [.. _values];

    public void Report(ProgressNotificationValue value) => _values.Enqueue(value);
}
