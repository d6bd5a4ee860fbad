using Microsoft.EntityFrameworkCore;

namespace Reelforge.Data.Segments;

/// <summary>
/// The parts of segmented renders (render_segments), shared by every worker on the database. Claims are
/// compare-and-sets in one UPDATE each: a part goes to exactly one worker, and to another only once its worker's
/// heartbeat is older than the lease. Every call is one short unit of work of its own.
/// </summary>
public sealed class RenderSegmentStore(ReelforgeDatabase database, TimeProvider? clock = null)
{
    private const int MaxPrepareAttempts = 3;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public DateTime Now => _clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Records the batch's parts: missing rows are added; a part whose file is in place counts as done (and is never
    /// rendered again); a done row whose file is gone, and a failed row of an earlier run, wait to be rendered again.
    /// Rows other workers are rendering are left as they are. Returns every row of the batch, in order of index.
    /// </summary>
    public async Task<IReadOnlyList<RenderSegment>> PrepareAsync(SegmentBatchKey key, IReadOnlyList<NewSegment> parts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(parts);
        for (var attempt = 1; ; attempt++)
        {
            await using var context = database.CreateContext();
            var existing = await Rows(context, key).ToDictionaryAsync(s => s.Index, cancellationToken);
            var now = Now;
            foreach (var part in parts)
            {
                if (!existing.TryGetValue(part.Index, out var row))
                {
                    context.RenderSegments.Add(new RenderSegment
                    {
                        TaskId = key.TaskId,
                        VideoNumber = key.VideoNumber,
                        BatchKey = key.BatchKey,
                        Index = part.Index,
                        WorkJson = part.WorkJson,
                        State = part.Rendered ? SegmentState.Done : SegmentState.Pending,
                        FinishedAt = part.Rendered ? now : null,
                    });
                    continue;
                }

                row.WorkJson = part.WorkJson;
                if (part.Rendered && row.State != SegmentState.Done)
                {
                    row.State = SegmentState.Done;
                    row.FinishedAt = now;
                    row.Error = null;
                }
                else if (!part.Rendered && row.State is SegmentState.Done or SegmentState.Failed)
                {
                    row.State = SegmentState.Pending;
                    row.FinishedAt = null;
                    row.Error = null;
                }
            }

            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return await ListAsync(key, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxPrepareAttempts)
            {
                // Another run of the same batch added rows between our read and write; read them again.
            }
        }
    }

    /// <summary>Every row of the batch, in order of index.</summary>
    public async Task<IReadOnlyList<RenderSegment>> ListAsync(SegmentBatchKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var context = database.CreateContext();
        return await Rows(context, key).AsNoTracking().OrderBy(s => s.Index).ToListAsync(cancellationToken);
    }

    /// <summary>Every row of a task, all videos and batches: what tests and diagnostics read.</summary>
    public async Task<IReadOnlyList<RenderSegment>> ForTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.RenderSegments.AsNoTracking().Where(s => s.TaskId == taskId)
            .OrderBy(s => s.VideoNumber).ThenBy(s => s.BatchKey).ThenBy(s => s.Index).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Claims the first part of the batch that is pending, or running under a heartbeat older than
    /// <paramref name="lease"/>, for <paramref name="worker"/>; null when there is none. Counts one more attempt.
    /// </summary>
    public async Task<RenderSegment?> ClaimAsync(SegmentBatchKey key, string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var context = database.CreateContext();
        var now = Now;
        var stale = now - lease;
        var candidates = await Claimable(Rows(context, key), stale).OrderBy(s => s.Index).Select(s => s.Index).ToListAsync(cancellationToken);
        foreach (var index in candidates)
        {
            // The WHERE repeats the test: of two workers updating the same row only one still matches it.
            var claimed = await Claimable(Rows(context, key).Where(s => s.Index == index), stale).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.State, SegmentState.Running)
                    .SetProperty(r => r.WorkerId, worker)
                    .SetProperty(r => r.ClaimedAt, now)
                    .SetProperty(r => r.HeartbeatAt, now)
                    .SetProperty(r => r.Attempts, r => r.Attempts + 1)
                    .SetProperty(r => r.Error, (string?)null),
                cancellationToken);
            if (claimed == 1)
            {
                return await Rows(context, key).AsNoTracking().FirstAsync(s => s.Index == index, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>Says the worker still renders the part; false when its claim was taken over (or the row is gone).</summary>
    public async Task<bool> HeartbeatAsync(SegmentBatchKey key, int index, string worker, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var now = Now;
        return await Owned(context, key, index, worker).ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAt, now), cancellationToken) == 1;
    }

    /// <summary>Marks the part done by <paramref name="worker"/> (its file is in place, whoever else claimed it since).</summary>
    public async Task FinishAsync(SegmentBatchKey key, int index, string worker, double seconds, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var now = Now;
        await Rows(context, key).Where(s => s.Index == index && s.State != SegmentState.Done).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.State, SegmentState.Done)
                .SetProperty(r => r.WorkerId, worker)
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.Seconds, seconds)
                .SetProperty(r => r.Error, (string?)null),
            cancellationToken);
    }

    /// <summary>Marks the part failed with <paramref name="error"/>, if the worker still holds it.</summary>
    public async Task FailAsync(SegmentBatchKey key, int index, string worker, string error, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var now = Now;
        await Owned(context, key, index, worker).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.State, SegmentState.Failed)
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.Error, error),
            cancellationToken);
    }

    /// <summary>Gives the part back (the worker stopped before finishing it), so any worker may claim it at once.</summary>
    public async Task ReleaseAsync(SegmentBatchKey key, int index, string worker, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await Owned(context, key, index, worker).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.State, SegmentState.Pending).SetProperty(r => r.HeartbeatAt, (DateTime?)null),
            cancellationToken);
    }

    private static IQueryable<RenderSegment> Rows(ReelforgeDbContext context, SegmentBatchKey key) =>
        context.RenderSegments.Where(s => s.TaskId == key.TaskId && s.VideoNumber == key.VideoNumber && s.BatchKey == key.BatchKey);

    private static IQueryable<RenderSegment> Owned(ReelforgeDbContext context, SegmentBatchKey key, int index, string worker) =>
        Rows(context, key).Where(s => s.Index == index && s.State == SegmentState.Running && s.WorkerId == worker);

    private static IQueryable<RenderSegment> Claimable(IQueryable<RenderSegment> rows, DateTime stale) =>
        rows.Where(s => s.State == SegmentState.Pending || (s.State == SegmentState.Running && (s.HeartbeatAt == null || s.HeartbeatAt < stale)));
}
