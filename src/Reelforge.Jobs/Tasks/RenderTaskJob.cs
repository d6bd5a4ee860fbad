using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Reelforge.Core.Requests;
using Reelforge.Data.Storage;
using Reelforge.Data.Tasks;
using Reelforge.Jobs.Production;
using Reelforge.Jobs.Segments;
using Reelforge.Pipeline.Checkpoints;
using Reelforge.Pipeline.Generation;
using Reelforge.Pipeline.Render;
using Reelforge.Providers.Resilience;

namespace Reelforge.Jobs.Tasks;

/// <summary>
/// Runs one task on a worker: the pipeline with its stages checkpointed in the database (so a recovered task
/// resumes at its first unfinished stage), progress written as it goes, cancel honoured within a second, transient
/// failures retried later, and the completion webhook sent. One job per task; never two runs of one task at once
/// (a recovery firing and a re-queue after shutdown could otherwise overlap).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RenderTaskJob(
    TaskStore store,
    TaskDispatcher dispatcher,
    VideoProducer producer,
    RunningTasks running,
    TaskSignals signals,
    DataLayout layout,
    WebhookNotifier webhooks,
    ITaskPayload payload,
    SegmentRunners segments,
    IOptionsMonitor<RenderOptions> render,
    IOptions<JobsOptions> options,
    ILogger<RenderTaskJob> logger) : IJob
{
    public static string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var taskId = context.MergedJobDataMap.GetString(TaskDispatcher.TaskIdKey)!;
        var task = await store.FindAsync(taskId, cancellationToken);
        if (task is null || task.IsFinished)
        {
            return;
        }

        if (task.CancelRequested)
        {
            await FinishAsync(task, TaskTransition.Cancel, null, cancellationToken);
            return;
        }

        var start = await store.MoveAsync(task, TaskTransition.Start, t =>
        {
            t.Attempts++;
            t.WorkerId = WorkerId;
            t.StartedAt ??= store.Now;
            t.Error = null;
            t.FailedStage = null;
        }, cancellationToken);
        if (!start.Moved)
        {
            // Another node started or cancelled it since we read it: that node owns the task now.
            LogNotMoved(logger, start.Describe());
            return;
        }

        task = start.Task!;
        signals.Changed(taskId);
        LogStarted(logger, taskId, task.Attempts, context.Recovering);

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        running.Add(taskId, cancel);
        using var watcher = new CancelWatcher(store, taskId, cancel, options.Value.CancelPollInterval);
        var reporter = new ProgressWriter(store, signals, taskId);
        try
        {
            var result = await RunAsync(task, reporter, cancel.Token);
            await reporter.FlushAsync(CancellationToken.None);
            await FinishAsync(task, TaskTransition.Complete, t =>
            {
                t.ResultJson = JsonSerializer.Serialize(result.Files, StageCheckpointJson.Options);
                t.MetadataJson = result.Metadata.Count == 0 ? null : JsonSerializer.Serialize(result.Metadata, StageCheckpointJson.Options);
                t.Progress = 100;
            }, CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Not a shutdown: a cancel request (seen here or polled from the database).
            await reporter.FlushAsync(CancellationToken.None);
            await FinishAsync(task, TaskTransition.Cancel, null, CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The worker is shutting down: the task goes back to the queue and resumes from its checkpoints.
            if (await MoveAsync(task, TaskTransition.Requeue, null))
            {
                await dispatcher.ScheduleAsync(taskId, CancellationToken.None, TimeSpan.FromSeconds(1));
            }

            throw;
        }
        catch (Exception e) when (TransientFailure.IsTransient(e, TimeProvider.System, out _, out var retryAfter) && task.Attempts <= options.Value.TransientRetries)
        {
            var delay = options.Value.TaskRetry.DelayFor(task.Attempts - 1, retryAfter);
            LogRetrying(logger, taskId, e.Message, delay.TotalSeconds);
            if (await MoveAsync(task, TaskTransition.WaitToRetry, t => t.Error = $"{Readable(e)} (trying again in {delay.TotalSeconds:0} s)"))
            {
                await dispatcher.ScheduleAsync(taskId, CancellationToken.None, delay);
            }
        }
        catch (Exception e)
        {
            LogFailed(logger, taskId, reporter.Stage, e);
            await FinishAsync(task, TaskTransition.Fail, t =>
            {
                t.Error = Readable(e);
                t.FailedStage = reporter.Stage;
            }, CancellationToken.None);
        }
        finally
        {
            running.Remove(taskId);
        }
    }

    private async Task<(TaskResult Files, IReadOnlyList<Core.Writing.SocialMetadata> Metadata)> RunAsync(VideoTask task, ProgressWriter reporter, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<VideoRequest>(task.RequestJson, StageCheckpointJson.Options)!;
        var directory = layout.TaskDirectory(task.Id);
        var work = layout.WorkDirectory(task.Id);
        var stopAfter = task.Kind switch
        {
            TaskKind.Audio => StageName.Narrate,
            TaskKind.Subtitle => StageName.Caption,
            _ => (StageName?)null,
        };
        var count = task.Kind == TaskKind.Video ? Math.Max(1, task.VideoCount) : 1;
        var videos = new List<string>();
        var subtitles = new List<string>();
        var manifests = new List<string>();
        string? audio = null;
        double? duration = null;
        IReadOnlyList<Core.Writing.SocialMetadata> metadata = [];
        for (var number = 1; number <= count; number++)
        {
            var name = task.Kind switch
            {
                TaskKind.Audio => "audio",
                TaskKind.Subtitle => "subtitle",
                _ => $"final-{number}",
            };
            var variant = number == 1 ? request : request with { Seed = unchecked(request.Seed + (number * 7919)) };
            var generation = new GenerationOptions(Path.Combine(directory, name + ".mp4"), work, layout.Cache)
            {
                Checkpoints = new DatabaseCheckpoints(store, task.Id, number),
                StopAfter = stopAfter,
                Render = render.CurrentValue,

                // The parts of a long video are rows any worker of the cluster claims and renders.
                Segments = segments.For(task.Id, number),
            };
            var current = number;
            var progress = new Progress(report => reporter.Report(report, TaskProgress.Percent(report, current, count, stopAfter ?? StageName.Verify)));
            var result = await producer.ProduceAsync(variant, generation, progress, cancellationToken);
            if (result.VideoPath is { } video)
            {
                videos.Add(Path.GetFileName(video));
            }

            if (result.SrtPath is { } srt && !subtitles.Contains(Path.GetFileName(srt)))
            {
                subtitles.Add(Path.GetFileName(srt));
            }

            if (result.ManifestPath is { } manifest)
            {
                manifests.Add(Path.GetFileName(manifest));
            }

            audio ??= result.AudioPath is { } wav ? Path.GetFileName(wav) : null;
            duration ??= result.DurationSeconds;
            metadata = result.Metadata;
        }

        return (new TaskResult { Videos = videos, Subtitles = subtitles, Manifests = manifests, Audio = audio, Duration = duration }, metadata);
    }

    /// <summary>Moves the task from the state this run saw; false (logged) when the lifecycle or another node says no.</summary>
    private async Task<bool> MoveAsync(VideoTask seen, TaskTransition transition, Action<VideoTask>? change)
    {
        var move = await store.MoveAsync(seen, transition, change, CancellationToken.None);
        signals.Changed(seen.Id);
        if (!move.Moved)
        {
            LogNotMoved(logger, move.Describe());
        }

        return move.Moved;
    }

    /// <summary>Finishes the task and sends its webhook; only the run whose move wins sends it.</summary>
    private async Task FinishAsync(VideoTask seen, TaskTransition transition, Action<VideoTask>? change, CancellationToken cancellationToken)
    {
        var move = await store.MoveAsync(seen, transition, change, cancellationToken);
        var taskId = seen.Id;
        signals.Changed(taskId);
        if (!move.Moved)
        {
            LogNotMoved(logger, move.Describe());
            return;
        }

        var task = move.Task!;
        var state = task.State;
        LogFinished(logger, taskId, state);
        if (task.CallbackUrl is { } callback && Uri.TryCreate(callback, UriKind.Absolute, out var url))
        {
            var (delivered, attempts) = await webhooks.SendAsync(url, $"task.{state.ToString().ToLowerInvariant()}", payload.Write(task), cancellationToken);
            await store.UpdateAsync(taskId, t =>
            {
                t.CallbackAttempts += attempts;
                t.CallbackDeliveredAt = delivered ? store.Now : null;
            }, cancellationToken);
        }
    }

    /// <summary>The message a user can act on; ffmpeg's own tail stays in the task's ffmpeg log.</summary>
    private static string Readable(Exception e)
    {
        var firstLines = string.Join(' ', e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(3));
        return firstLines.Length > 1000 ? firstLines[..1000] + "…" : firstLines;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} started (attempt {Attempt}, recovering: {Recovering})")]
    private static partial void LogStarted(ILogger logger, string taskId, int attempt, bool recovering);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} {State}")]
    private static partial void LogFinished(ILogger logger, string taskId, TaskState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task not moved: {Reason}")]
    private static partial void LogNotMoved(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} hit a transient error ({Reason}); trying again in {Seconds} s")]
    private static partial void LogRetrying(ILogger logger, string taskId, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Task {TaskId} failed in stage {Stage}")]
    private static partial void LogFailed(ILogger logger, string taskId, string? stage, Exception exception);

    /// <summary>Reports on the caller's thread (no synchronisation context to post to).</summary>
    private sealed class Progress(Action<StageProgress> report) : IProgress<StageProgress>
    {
        public void Report(StageProgress value) => report(value);
    }
}
