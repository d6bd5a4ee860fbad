using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Reelforge.Data.Storage;
using Reelforge.Data.Tasks;
using Reelforge.Pipeline.Checkpoints;

namespace Reelforge.Jobs.Tasks;

/// <summary>
/// Submits tasks (a database row and a durable Quartz job that any worker of the cluster may pick up), cancels and
/// deletes them, and puts back in the queue any unfinished task whose job was lost.
/// </summary>
public sealed partial class TaskDispatcher(
    TaskStore store,
    ISchedulerFactory schedulers,
    RunningTasks running,
    TaskSignals signals,
    DataLayout layout,
    IOptions<JobsOptions> options,
    ILogger<TaskDispatcher> logger)
{
    public const string JobGroup = "videos";

    public const string TaskIdKey = "task_id";

    public TaskStore Store => store;

    public async Task<VideoTask> SubmitAsync(TaskSubmission submission, CancellationToken cancellationToken)
    {
        var tasks = await SubmitManyAsync([submission], cancellationToken);
        return tasks[0];
    }

    /// <summary>Submits several tasks at once; all are refused when together they would overfill the queue.</summary>
    public async Task<IReadOnlyList<VideoTask>> SubmitManyAsync(IReadOnlyList<TaskSubmission> submissions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var limit = options.Value.MaxQueued;
        var counts = await store.CountByStateAsync(cancellationToken);
        var queued = counts[TaskState.Queued] + counts[TaskState.RetryWait];
        if (queued + submissions.Count > limit)
        {
            throw new QueueFullException(limit);
        }

        var created = new List<VideoTask>();
        foreach (var submission in submissions)
        {
            var task = new VideoTask
            {
                Id = Guid.NewGuid().ToString(),
                Kind = submission.Kind,
                RequestJson = JsonSerializer.Serialize(submission.Request, StageCheckpointJson.Options),
                ParamsJson = submission.ParamsJson,
                VideoCount = submission.VideoCount,
                CallbackUrl = submission.CallbackUrl?.ToString(),
                BatchId = submission.BatchId,
            };
            await store.AddAsync(task, cancellationToken);
            await ScheduleAsync(task.Id, cancellationToken);
            LogSubmitted(logger, task.Id, task.Kind);
            created.Add(task);
        }

        return created;
    }

    /// <summary>
    /// Cancels a task: a queued or retry-waiting one at once (its job is removed), a running one within a second
    /// wherever it runs (here through its token, elsewhere through the flag its worker polls). Null for an unknown task.
    /// </summary>
    public async Task<VideoTask?> CancelAsync(string taskId, CancellationToken cancellationToken)
    {
        var seen = await store.FindAsync(taskId, cancellationToken);
        if (seen is null || seen.IsFinished)
        {
            return seen;
        }

        // The flag first: should a worker start the task before the move below, it sees the flag within a second.
        await store.RequestCancelAsync(taskId, cancellationToken);
        if (TaskLifecycle.IsWaiting(seen.State))
        {
            await store.MoveAsync(seen, TaskTransition.Cancel, null, cancellationToken);
        }

        var task = await store.FindAsync(taskId, cancellationToken);
        if (task is null)
        {
            return null;
        }

        if (task.State == TaskState.Cancelled)
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            try
            {
                await scheduler.DeleteJob(JobKeyOf(taskId), cancellationToken);
            }
            catch (SchedulerException)
            {
                // The trigger fired between the lookup and the delete: the job is starting, finds the task finished and returns.
            }
        }
        else if (!task.IsFinished)
        {
            running.TryCancel(taskId);
        }

        signals.Changed(taskId);
        return task;
    }

    /// <summary>Deletes a finished task with its files; a running one is cancelled first. False for an unknown task.</summary>
    public async Task<bool> DeleteAsync(string taskId, CancellationToken cancellationToken)
    {
        var task = await CancelAsync(taskId, cancellationToken);
        if (task is null)
        {
            return false;
        }

        // A running render stops within a second; its files go once it has.
        for (var i = 0; i < 50 && running.Count > 0 && !(await store.FindAsync(taskId, cancellationToken))!.IsFinished; i++)
        {
            await Task.Delay(100, cancellationToken);
        }

        await store.DeleteAsync(taskId, cancellationToken);
        var directory = layout.TaskDirectory(taskId);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        signals.Changed(taskId);
        return true;
    }

    /// <summary>
    /// Puts back in the queue every queued or processing task that has no job in the store (a job lost with a
    /// node's crash is recovered by Quartz; this covers a task whose scheduling never happened or was shut down).
    /// </summary>
    public async Task<int> RequeueOrphansAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var requeued = 0;
        foreach (var id in await store.UnfinishedIdsAsync(cancellationToken))
        {
            if (!await scheduler.Exists(JobKeyOf(id), cancellationToken))
            {
                await ScheduleAsync(id, cancellationToken);
                requeued++;
            }
        }

        return requeued;
    }

    internal async Task ScheduleAsync(string taskId, CancellationToken cancellationToken, TimeSpan? delay = null)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<RenderTaskJob>()
            .WithIdentity(JobKeyOf(taskId))
            .UsingJobData(TaskIdKey, taskId)
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(taskId, JobGroup)
            .StartAt(DateTimeOffset.UtcNow + (delay ?? TimeSpan.Zero))
            .Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public static JobKey JobKeyOf(string taskId) => new(taskId, JobGroup);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} queued ({Kind})")]
    private static partial void LogSubmitted(ILogger logger, string taskId, TaskKind kind);
}
