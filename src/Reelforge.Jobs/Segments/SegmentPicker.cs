using Microsoft.Extensions.Logging;
using Reelforge.Data.Segments;
using Reelforge.Data.Tasks;

namespace Reelforge.Jobs.Segments;

/// <summary>
/// Helps with another worker's batch: claims and renders its parts one at a time until none is left to claim. Stops
/// (killing its ffmpeg and giving the part back) as soon as the task is cancelled, finished or gone, or the batch
/// has a failed part, which it learns by polling the database.
/// </summary>
internal sealed partial class SegmentPicker(RenderSegmentStore segments, TaskStore tasks, SegmentRenderer renderer, TimeSpan lease, TimeSpan pollInterval, ILogger logger)
{
    /// <summary>Returns how many parts this worker rendered.</summary>
    public async Task<int> RunAsync(SegmentBatchKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var watching = new CancellationTokenSource();
        var watcher = WatchAsync(key, stop, watching.Token);
        var rendered = 0;
        try
        {
            // Asked before every claim too: a job that starts after the task ended (its worker was busy) renders nothing.
            while (!await ShouldStopAsync(key, stop.Token) && await segments.ClaimAsync(key, renderer.Worker, lease, stop.Token) is { } row)
            {
                await renderer.RenderAsync(key, row, null, stop.Token);
                rendered++;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogStopped(logger, key.TaskId, key.VideoNumber);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The row says it failed; the task's owner fails the batch with that error.
            LogPartFailed(logger, key.TaskId, key.VideoNumber, e);
        }
        finally
        {
            await watching.CancelAsync();
            await watcher;
        }

        return rendered;
    }

    private async Task WatchAsync(SegmentBatchKey key, CancellationTokenSource stop, CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(pollInterval);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    if (await ShouldStopAsync(key, cancellationToken))
                    {
                        await stop.CancelAsync();
                        return;
                    }
                }
#pragma warning disable CA1031 // a failed poll stops nothing: the next tick asks again
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    LogWatchFailed(logger, key.TaskId, e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The picker finished first.
        }
    }

    private async Task<bool> ShouldStopAsync(SegmentBatchKey key, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(key.TaskId, cancellationToken);
        if (task is null || task.IsFinished || task.CancelRequested)
        {
            return true;
        }

        var rows = await segments.ListAsync(key, cancellationToken);
        return rows.Any(r => r.State == SegmentState.Failed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} video {VideoNumber}: stopped helping (task cancelled, finished, or a part failed)")]
    private static partial void LogStopped(ILogger logger, string taskId, int videoNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} video {VideoNumber}: a part failed here")]
    private static partial void LogPartFailed(ILogger logger, string taskId, int videoNumber, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId}: watching for cancel failed")]
    private static partial void LogWatchFailed(ILogger logger, string taskId, Exception exception);
}
