using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Reelforge.Data.Segments;
using Reelforge.Media;

namespace Reelforge.Jobs.Segments;

/// <summary>
/// Renders one claimed part on this worker: heartbeats while ffmpeg runs, logs beside the part, and records the
/// outcome (done, failed with its error, or given back when stopped).
/// </summary>
internal sealed partial class SegmentRenderer(RenderSegmentStore store, FfmpegRunner ffmpeg, string worker, TimeSpan lease, ILogger logger)
{
    public string Worker => worker;

    public async Task RenderAsync(SegmentBatchKey key, RenderSegment row, IProgress<FfmpegProgress>? progress, CancellationToken cancellationToken)
    {
        var work = SegmentWorkJson.Read(row.WorkJson);
        if (work.IsDone)
        {
            // A worker whose claim lapsed finished it after all: the file is there, so nothing is rendered again.
            await store.FinishAsync(key, row.Index, worker, 0, CancellationToken.None);
            return;
        }

        LogClaimed(logger, key.TaskId, key.VideoNumber, row.Index, row.Attempts);
        var stopwatch = Stopwatch.StartNew();
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatAsync(key, row.Index, beating.Token);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(work.OutputPath))!);
            await using var log = new StreamWriter(Path.ChangeExtension(work.OutputPath, ".log"), append: true);
            await work.RunAsync(ffmpeg, log, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await store.ReleaseAsync(key, row.Index, worker, CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            await store.FailAsync(key, row.Index, worker, SegmentFailure.Describe(e), CancellationToken.None);
            throw;
        }
        finally
        {
            await beating.CancelAsync();
            await heartbeat;
        }

        await store.FinishAsync(key, row.Index, worker, Math.Round(stopwatch.Elapsed.TotalSeconds, 3), CancellationToken.None);
    }

    private async Task HeartbeatAsync(SegmentBatchKey key, int index, CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(lease / 3);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    if (!await store.HeartbeatAsync(key, index, worker, cancellationToken))
                    {
                        LogClaimLost(logger, key.TaskId, index);
                    }
                }
#pragma warning disable CA1031 // a missed heartbeat is tried again on the next tick; the lease covers a few
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    LogHeartbeatFailed(logger, key.TaskId, index, e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The part is finished or stopped.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} video {VideoNumber}: rendering part {Index} (attempt {Attempt})")]
    private static partial void LogClaimed(ILogger logger, string taskId, int videoNumber, int index, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId}: the claim on part {Index} was taken over (no heartbeat within the lease)")]
    private static partial void LogClaimLost(ILogger logger, string taskId, int index);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId}: heartbeat of part {Index} failed")]
    private static partial void LogHeartbeatFailed(ILogger logger, string taskId, int index, Exception exception);
}
