using System.Runtime.ExceptionServices;
using Reelforge.Data.Segments;
using Reelforge.Media;
using Reelforge.Pipeline.Render.Segments;

namespace Reelforge.Jobs.Segments;

/// <summary>
/// Renders a task's parts on every worker of the cluster: the parts become rows, helper jobs ask other workers to
/// claim and render them, and this worker (the task's owner) claims and renders them too, at most
/// <paramref name="inFlight"/> at once, so it never waits on helpers that do not come. It returns when every row is
/// done; a part found rendered (after a crash) is not rendered again; a failed part fails the batch with its error;
/// cancelling stops this worker's parts here, and the helpers' through the task's cancel flag they watch.
/// </summary>
internal sealed class DatabaseSegmentRunner(
    RenderSegmentStore store,
    ISegmentFanOut fanOut,
    SegmentRenderer renderer,
    string taskId,
    int videoNumber,
    int inFlight,
    TimeSpan lease,
    TimeSpan pollInterval) : ISegmentRunner
{
    public async Task<IReadOnlyList<SegmentOutcome>> RunAsync(SegmentBatch batch, IProgress<SegmentProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var key = new SegmentBatchKey(taskId, videoNumber, batch.Key);
        var works = batch.Segments.ToDictionary(s => s.Index);
        var prepared = await store.PrepareAsync(key, [.. batch.Segments.Select(s => new NewSegment(s.Index, SegmentWorkJson.Write(s), s.IsDone))], cancellationToken);
        var reused = prepared.Where(r => r.State == SegmentState.Done).Select(r => r.Index).ToHashSet();
        var limit = Math.Max(1, inFlight);
        var waiting = prepared.Count - reused.Count;
        if (waiting > limit)
        {
            await fanOut.RequestAsync(key, waiting - limit, cancellationToken);
        }

        var fractions = new Dictionary<int, double>();
        var rendering = new Dictionary<int, Task>();
        using var own = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var (index, part) in rendering.Where(p => p.Value.IsCompleted).ToList())
                {
                    rendering.Remove(index);
                    if (part.Exception?.InnerException is { } failure)
                    {
                        // Our own part failed: its own exception says most (its row says the same to everyone else).
                        ExceptionDispatchInfo.Throw(failure);
                    }
                }

                var rows = await store.ListAsync(key, cancellationToken);
                if (rows.Count != works.Count)
                {
                    throw new InvalidOperationException($"The parts of task {taskId} are gone from the database (was the task deleted?)");
                }

                var done = rows.Count(r => r.State == SegmentState.Done);
                lock (fractions)
                {
                    var moving = rendering.Keys.Sum(i => fractions.GetValueOrDefault(i));
                    progress?.Report(new SegmentProgress(done, rows.Count, Math.Clamp((done + moving) / Math.Max(1, rows.Count), 0, 1)));
                }

                if (rows.FirstOrDefault(r => r.State == SegmentState.Failed) is { } failed)
                {
                    throw SegmentFailure.Rebuild(works[failed.Index], failed.WorkerId, failed.Error);
                }

                if (done == rows.Count)
                {
                    return [.. rows.Select(r => new SegmentOutcome(r.Index, works[r.Index].Frames, r.Seconds ?? 0, r.WorkerId ?? renderer.Worker, reused.Contains(r.Index)))];
                }

                while (rendering.Count < limit && await store.ClaimAsync(key, renderer.Worker, lease, cancellationToken) is { } claimed)
                {
                    var index = claimed.Index;
                    var partProgress = new PartProgress(p =>
                    {
                        lock (fractions)
                        {
                            fractions[index] = Math.Clamp((p.Percent ?? 0) / 100, 0, 1);
                        }
                    });
                    rendering[index] = Task.Run(() => renderer.RenderAsync(key, claimed, partProgress, own.Token), CancellationToken.None);
                }

                await Task.WhenAny([Task.Delay(pollInterval, cancellationToken), .. rendering.Values]);
            }
        }
        finally
        {
            // Stopping (cancel, shutdown, or a part failed elsewhere): our parts are given back, none is left running.
            await own.CancelAsync();
            // Each part recorded its own outcome; the reason we stopped is what propagates.
            await Task.WhenAll(rendering.Values).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Reports on ffmpeg's reading thread (no synchronisation context to post to).</summary>
    private sealed class PartProgress(Action<FfmpegProgress> report) : IProgress<FfmpegProgress>
    {
        public void Report(FfmpegProgress value) => report(value);
    }
}
