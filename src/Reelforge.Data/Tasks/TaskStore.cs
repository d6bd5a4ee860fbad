using Microsoft.EntityFrameworkCore;

namespace Reelforge.Data.Tasks;

/// <summary>Reads and writes tasks and their stages; every call is one short unit of work of its own.</summary>
public sealed class TaskStore(ReelforgeDatabase database, TimeProvider? clock = null)
{
    private const int MaxUpdateAttempts = 5;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async Task AddAsync(VideoTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        task.CreatedAt = task.UpdatedAt = Now;
        await using var context = database.CreateContext();
        context.Tasks.Add(task);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<VideoTask?> FindAsync(string id, CancellationToken cancellationToken, bool withStages = false)
    {
        await using var context = database.CreateContext();
        var query = context.Tasks.AsNoTracking();
        if (withStages)
        {
            query = query.Include(t => t.Stages);
        }

        return await query.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    /// <summary>A page of tasks, newest first, and how many there are in all.</summary>
    public async Task<(IReadOnlyList<VideoTask> Tasks, int Total)> ListAsync(int page, int pageSize, CancellationToken cancellationToken, TaskState? state = null)
    {
        await using var context = database.CreateContext();
        var query = context.Tasks.AsNoTracking();
        if (state is { } wanted)
        {
            query = query.Where(t => t.State == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var tasks = await query.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Include(t => t.Stages).ToListAsync(cancellationToken);
        return (tasks, total);
    }

    public async Task<IReadOnlyDictionary<TaskState, int>> CountByStateAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var counts = await context.Tasks.GroupBy(t => t.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<TaskState>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>The stage rows that finished, without their checkpoints: what stage-duration metrics are computed from.</summary>
    public async Task<IReadOnlyList<TaskStage>> FinishedStagesAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.TaskStages.AsNoTracking().Where(s => s.FinishedAt != null && s.Seconds != null)
            .Select(s => new TaskStage { TaskId = s.TaskId, Stage = s.Stage, Runs = s.Runs, StartedAt = s.StartedAt, FinishedAt = s.FinishedAt, Seconds = s.Seconds })
            .ToListAsync(cancellationToken);
    }

    /// <summary>The <paramref name="count"/> tasks that completed last, with their stages.</summary>
    public async Task<IReadOnlyList<VideoTask>> RecentlyCompletedAsync(int count, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.Tasks.AsNoTracking().Where(t => t.State == TaskState.Complete)
            .OrderByDescending(t => t.FinishedAt).ThenBy(t => t.Id).Take(count).Include(t => t.Stages).ToListAsync(cancellationToken);
    }

    /// <summary>Ids of the tasks that are queued, processing or waiting to retry: what a recovering node checks against the job store.</summary>
    public async Task<IReadOnlyList<string>> UnfinishedIdsAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.Tasks.Where(t => t.State == TaskState.Queued || t.State == TaskState.Processing || t.State == TaskState.RetryWait)
            .OrderBy(t => t.CreatedAt).Select(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Loads the task, lets <paramref name="change"/> edit fields other than its state (progress, stage, webhook
    /// bookkeeping), and saves; null when there is no such task. A transition that lands between the read and the write
    /// changes the version, so the change is applied again to the task as it is then.
    /// </summary>
    public async Task<VideoTask?> UpdateAsync(string id, Action<VideoTask> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            await using var context = database.CreateContext();
            var task = await context.Tasks.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (task is null)
            {
                return null;
            }

            change(task);
            task.UpdatedAt = Now;
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return task;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxUpdateAttempts)
            {
                // A transition won the row between our read and write; read it again.
            }
        }
    }

    /// <summary>
    /// Moves the task by <paramref name="transition"/> from the state and version the caller read in
    /// <paramref name="seen"/>, applying <paramref name="change"/> to its other fields in the same write. The write is
    /// a compare-and-set on the version: when another node moved the task first the result is
    /// <see cref="TaskMoveOutcome.Lost"/> and nothing is written. A finishing move stamps <see cref="VideoTask.FinishedAt"/>.
    /// </summary>
    public async Task<TaskMove> MoveAsync(VideoTask seen, TaskTransition transition, Action<VideoTask>? change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seen);
        await using var context = database.CreateContext();
        var task = await context.Tasks.FirstOrDefaultAsync(t => t.Id == seen.Id, cancellationToken);
        if (task is null)
        {
            return new TaskMove(seen.Id, transition, TaskMoveOutcome.NotFound, null);
        }

        if (!TaskLifecycle.Allows(seen.State, transition))
        {
            return new TaskMove(seen.Id, transition, TaskMoveOutcome.Refused, seen);
        }

        // The UPDATE is conditional on the version the caller read, not the one just loaded: a move that landed
        // after the caller's reading makes it match no row, however recent the load.
        context.Entry(task).Property(t => t.Version).OriginalValue = seen.Version;
        change?.Invoke(task);
        task.State = TaskLifecycle.Target(transition);
        task.Version = seen.Version + 1;
        task.UpdatedAt = Now;
        if (task.IsFinished)
        {
            task.FinishedAt = Now;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The UPDATE matched no row at the version we read: another node moved (or deleted) the task meanwhile.
            return new TaskMove(seen.Id, transition, TaskMoveOutcome.Lost, await FindAsync(seen.Id, cancellationToken));
        }

        return new TaskMove(seen.Id, transition, TaskMoveOutcome.Moved, task);
    }

    /// <summary>Moves the task by <paramref name="transition"/> from whatever state it is in now (one read, then the compare-and-set).</summary>
    public async Task<TaskMove> MoveAsync(string id, TaskTransition transition, Action<VideoTask>? change, CancellationToken cancellationToken)
    {
        var seen = await FindAsync(id, cancellationToken);
        return seen is null
            ? new TaskMove(id, transition, TaskMoveOutcome.NotFound, null)
            : await MoveAsync(seen, transition, change, cancellationToken);
    }

    /// <summary>
    /// Sets the cancel flag of an unfinished task, which its worker polls wherever it runs; not a transition, so the
    /// version stays. False when there is no unfinished task of that id.
    /// </summary>
    public async Task<bool> RequestCancelAsync(string id, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var now = Now;
        return await context.Tasks
            .Where(t => t.Id == id && t.State != TaskState.Complete && t.State != TaskState.Failed && t.State != TaskState.Cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.CancelRequested, true).SetProperty(t => t.UpdatedAt, now), cancellationToken) > 0;
    }

    public async Task<bool> IsCancelRequestedAsync(string id, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.Tasks.Where(t => t.Id == id).Select(t => t.CancelRequested).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.Tasks.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<TaskStage?> FindStageAsync(string taskId, string stage, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.TaskStages.AsNoTracking().FirstOrDefaultAsync(s => s.TaskId == taskId && s.Stage == stage, cancellationToken);
    }

    /// <summary>Counts one more run of the stage and marks it started.</summary>
    public async Task StageStartingAsync(string taskId, string stage, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var row = await context.TaskStages.FirstOrDefaultAsync(s => s.TaskId == taskId && s.Stage == stage, cancellationToken);
        if (row is null)
        {
            row = new TaskStage { TaskId = taskId, Stage = stage };
            context.TaskStages.Add(row);
        }

        row.Runs++;
        row.StartedAt = Now;
        row.FinishedAt = null;
        row.CheckpointJson = null;
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task StageFinishedAsync(string taskId, string stage, string checkpointJson, double seconds, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var row = await context.TaskStages.FirstOrDefaultAsync(s => s.TaskId == taskId && s.Stage == stage, cancellationToken);
        if (row is null)
        {
            row = new TaskStage { TaskId = taskId, Stage = stage, Runs = 1, StartedAt = Now };
            context.TaskStages.Add(row);
        }

        row.FinishedAt = Now;
        row.Seconds = seconds;
        row.CheckpointJson = checkpointJson;
        await context.SaveChangesAsync(cancellationToken);
    }
}
