using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Reelforge.Data.Tasks;
using Reelforge.Jobs.Tasks;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Mcp;

/// <summary>Watching and managing tasks: <c>get_task</c>, <c>list_tasks</c>, <c>cancel_task</c>, <c>wait_for_task</c>.</summary>
[McpServerToolType]
internal sealed class TaskTools(TaskStore store, TaskDispatcher dispatcher, TaskSignals signals, ITaskLinks links, TaskFiles files, ILogger<TaskTools> logger)
{
    public const int MaxWaitSeconds = 600;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    [McpServerTool(Name = "get_task", Title = "Get a task", ReadOnly = true, OpenWorld = false)]
    [Description("A task's status (queued, processing, retry_wait, complete, failed, cancelled), progress 0-100, current stage, error, " +
        "and once complete the URLs of its video, captions and manifest and their MCP resource URIs.")]
    public async Task<CallToolResult> GetTaskAsync(
        [Description("The task id create_video returned.")] string task_id,
        CancellationToken cancellationToken = default) =>
        await McpToolResults.GuardAsync("get_task", logger, async () =>
        {
            var task = await FindAsync(task_id, cancellationToken);
            return task is null ? NotFound(task_id) : McpToolResults.Json(McpTaskView.From(task, links, files));
        });

    [McpServerTool(Name = "list_tasks", Title = "List tasks", ReadOnly = true, OpenWorld = false)]
    [Description("Tasks, newest first, a page at a time, optionally only those with one status.")]
    public async Task<CallToolResult> ListTasksAsync(
        [Description("Page number, from 1.")] int page = 1,
        [Description("Tasks per page, 1 to 100.")] int page_size = 10,
        [Description("Only tasks with this status."), AllowedValues("queued", "processing", "retry_wait", "complete", "failed", "cancelled")] string? status = null,
        CancellationToken cancellationToken = default) =>
        await McpToolResults.GuardAsync("list_tasks", logger, async () =>
        {
            if (page < 1)
            {
                return McpToolResults.Error($"page must be 1 or more, not {page}.");
            }

            if (page_size is < 1 or > 100)
            {
                return McpToolResults.Error($"page_size must be between 1 and 100, not {page_size}.");
            }

            TaskState? state = string.IsNullOrWhiteSpace(status)
                ? null
                : TaskStateCodes.TryParse(McpArguments.OneOf(status, "status", "queued", "processing", "retry_wait", "complete", "failed", "cancelled"), out var parsed) ? parsed : null;
            var (tasks, total) = await store.ListAsync(page, page_size, cancellationToken, state);
            return McpToolResults.Json(new { tasks = tasks.Select(t => McpTaskView.From(t, links, files)).ToList(), total, page, page_size });
        });

    [McpServerTool(Name = "cancel_task", Title = "Cancel a task", Destructive = true, Idempotent = true, OpenWorld = false)]
    [Description("Cancels a queued or running task (a running render stops within a second); the task is kept with status cancelled. A finished task is left as it is.")]
    public async Task<CallToolResult> CancelTaskAsync(
        [Description("The task id create_video returned.")] string task_id,
        CancellationToken cancellationToken = default) =>
        await McpToolResults.GuardAsync("cancel_task", logger, async () =>
        {
            var id = McpArguments.Required(task_id, "task_id");
            var task = Guid.TryParse(id, out _) ? await dispatcher.CancelAsync(id, cancellationToken) : null;
            return task is null ? NotFound(task_id) : McpToolResults.Json(McpTaskView.From(task, links, files));
        });

    [McpServerTool(Name = "wait_for_task", Title = "Wait for a task", ReadOnly = true, OpenWorld = false)]
    [Description("Waits until the task finishes or timeout_seconds pass, sending progress notifications (percent and stage) while it waits, " +
        "then returns the task as get_task does, with finished true or false. Call it again to keep waiting.")]
    public async Task<CallToolResult> WaitForTaskAsync(
        IProgress<ProgressNotificationValue> progress,
        [Description("The task id create_video returned.")] string task_id,
        [Description("The longest to wait, seconds (1 to 600). Keep it under your client's request timeout.")] int timeout_seconds = 50,
        CancellationToken cancellationToken = default) =>
        await McpToolResults.GuardAsync("wait_for_task", logger, async () =>
        {
            if (timeout_seconds is < 1 or > MaxWaitSeconds)
            {
                return McpToolResults.Error($"timeout_seconds must be between 1 and {MaxWaitSeconds}, not {timeout_seconds}.");
            }

            var task = await FindAsync(task_id, cancellationToken);
            if (task is null)
            {
                return NotFound(task_id);
            }

            var clock = Stopwatch.StartNew();
            var limit = TimeSpan.FromSeconds(timeout_seconds);
            int? reported = null;
            while (true)
            {
                // Each notification's progress must grow (the spec says so); the stage rides along in the message.
                var view = TaskView.ForState(task.Id, task.State, task.Progress);
                if (reported is null || view.Progress > reported)
                {
                    var stage = task.Stage is null ? string.Empty : $": {task.Stage}";
                    progress.Report(new ProgressNotificationValue { Progress = view.Progress, Total = 100, Message = view.Status + stage });
                    reported = view.Progress;
                }

                if (task.IsFinished || clock.Elapsed >= limit)
                {
                    break;
                }

                await signals.WaitAsync(task.Id, Min(Poll, limit - clock.Elapsed), cancellationToken);
                task = await store.FindAsync(task.Id, cancellationToken);
                if (task is null)
                {
                    return McpToolResults.Error($"task {task_id} was deleted while waiting.");
                }
            }

            var full = await store.FindAsync(task.Id, cancellationToken, withStages: true) ?? task;
            var final = McpTaskView.From(full, links, files);
            return McpToolResults.Json(new { finished = full.IsFinished, waited_seconds = Math.Round(clock.Elapsed.TotalSeconds, 1), task = final.Task, resources = final.Resources });
        });

    private async Task<VideoTask?> FindAsync(string taskId, CancellationToken cancellationToken)
    {
        var id = McpArguments.Required(taskId, "task_id");
        return Guid.TryParse(id, out _) ? await store.FindAsync(id, cancellationToken, withStages: true) : null;
    }

    private static CallToolResult NotFound(string taskId) => McpToolResults.Error($"task_id: there is no task '{taskId}'.");

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
