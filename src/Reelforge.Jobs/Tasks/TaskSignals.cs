using System.Collections.Concurrent;

namespace Reelforge.Jobs.Tasks;

/// <summary>
/// In-process wake-ups for whoever watches a task (the server-sent events of the API): a change made in this
/// process is seen at once; watchers also look again on a short timer for changes made by other nodes.
/// </summary>
public sealed class TaskSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new(StringComparer.Ordinal);
    private TaskCompletionSource _any = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when <paramref name="taskId"/> changes, or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(string taskId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var signal = _waiting.GetOrAdd(taskId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await signal.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // No change here; the caller reads the database anyway.
        }
    }

    /// <summary>Completes when any task changes (the studio's task list), or after <paramref name="timeout"/>.</summary>
    public async Task WaitAnyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Volatile.Read(ref _any).Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // No change here; the caller reads the database anyway.
        }
    }

    public void Changed(string taskId)
    {
        Interlocked.Exchange(ref _any, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        if (_waiting.TryRemove(taskId, out var signal))
        {
            signal.TrySetResult();
        }
    }
}
