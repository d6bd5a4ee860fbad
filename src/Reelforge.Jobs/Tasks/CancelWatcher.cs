using Reelforge.Data.Tasks;

namespace Reelforge.Jobs.Tasks;

/// <summary>Polls the task's cancel flag (set by any node of the cluster) and cancels the run when it is set.</summary>
internal sealed class CancelWatcher : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public CancelWatcher(TaskStore store, string taskId, CancellationTokenSource cancel, TimeSpan interval)
    {
        _ = WatchAsync(store, taskId, cancel, interval, _stop.Token);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private static async Task WatchAsync(TaskStore store, string taskId, CancellationTokenSource cancel, TimeSpan interval, CancellationToken stop)
    {
        try
        {
            using var timer = new PeriodicTimer(interval);
            while (await timer.WaitForNextTickAsync(stop))
            {
                if (await store.IsCancelRequestedAsync(taskId, stop))
                {
                    await cancel.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended first.
        }
        catch (ObjectDisposedException)
        {
            // The run's token source is gone: nothing left to cancel.
        }
    }
}
