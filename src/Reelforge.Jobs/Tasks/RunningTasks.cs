using System.Collections.Concurrent;

namespace Reelforge.Jobs.Tasks;

/// <summary>The tasks running in this process, so a cancel made here stops one at once (others poll the database).</summary>
public sealed class RunningTasks
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);

    public int Count => _running.Count;

    internal void Add(string taskId, CancellationTokenSource cancellation) => _running[taskId] = cancellation;

    internal void Remove(string taskId) => _running.TryRemove(taskId, out _);

    /// <summary>Cancels the task if it runs in this process; false when it does not.</summary>
    public bool TryCancel(string taskId)
    {
        if (!_running.TryGetValue(taskId, out var cancellation))
        {
            return false;
        }

        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            return false;
        }

        return true;
    }
}
