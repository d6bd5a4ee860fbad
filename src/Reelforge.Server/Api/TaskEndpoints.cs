using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Reelforge.Data.Tasks;
using Reelforge.Jobs.Tasks;
using Reelforge.Server.Api.Contracts;
using Reelforge.Server.Hosting;

namespace Reelforge.Server.Api;

/// <summary>Watching and managing tasks: list, get, cancel/delete, and a live event stream.</summary>
public static class TaskEndpoints
{
    private static readonly TimeSpan EventPoll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/tasks", ListAsync).WithName("ListTasks").WithSummary("Tasks, newest first (page, page_size, optional status).");
        api.MapGet("/tasks/{taskId}", GetAsync).WithName("GetTask").WithSummary("A task's state, progress, current stage, stage timings and result URLs.");
        api.MapDelete("/tasks/{taskId}", DeleteAsync).WithName("DeleteTask").WithSummary("Cancels the task if it runs, then deletes it and its files.");
        api.MapPost("/tasks/{taskId}/cancel", CancelAsync).WithName("CancelTask").WithSummary("Cancels the task and keeps it (state cancelled).");
        api.MapGet("/tasks/{taskId}/events", EventsAsync).WithName("TaskEvents").WithSummary("Server-sent events: progress and stage changes as they happen, until the task finishes.");
        return api;
    }

    private static async Task<Results<Ok<ApiEnvelope<TaskListView>>, UnprocessableEntity<ApiErrorEnvelope>>> ListAsync(HttpRequest request, TaskStore store, IOptions<ServerOptions> options, CancellationToken cancellationToken, int? page = 1, int? page_size = 10, string? status = null)
    {
        if (page is null or < 1)
        {
            return ApiResults.Invalid(new ApiValidationException("page", "page must be 1 or more."));
        }

        if (page_size is null or < 1 or > 100)
        {
            return ApiResults.Invalid(new ApiValidationException("page_size", "page_size must be between 1 and 100."));
        }

        TaskState? state = null;
        if (status is not null)
        {
            if (!TaskStateCodes.TryParse(status, out var parsed))
            {
                return ApiResults.Invalid(new ApiValidationException("status", $"status must be {string.Join(", ", TaskStateCodes.Names.SkipLast(1))} or {TaskStateCodes.Names[^1]}."));
            }

            state = parsed;
        }

        var (tasks, total) = await store.ListAsync(page.Value, page_size.Value, cancellationToken, state);
        var baseUrl = TaskViews.BaseUrl(request, options.Value);
        return ApiResults.Ok(new TaskListView(tasks.Select(t => TaskViews.From(t, baseUrl)).ToList(), total, page.Value, page_size.Value));
    }

    private static async Task<Results<Ok<ApiEnvelope<TaskView>>, NotFound<ApiErrorEnvelope>>> GetAsync(string taskId, HttpRequest request, TaskStore store, IOptions<ServerOptions> options, CancellationToken cancellationToken)
    {
        var task = await store.FindAsync(taskId, cancellationToken, withStages: true);
        return task is null ? ApiResults.TaskNotFound(taskId) : ApiResults.Ok(TaskViews.From(task, TaskViews.BaseUrl(request, options.Value)));
    }

    private static async Task<Results<Ok<ApiEnvelope<TaskView>>, NotFound<ApiErrorEnvelope>>> DeleteAsync(string taskId, HttpRequest request, TaskDispatcher dispatcher, TaskStore store, IOptions<ServerOptions> options, CancellationToken cancellationToken)
    {
        var task = await store.FindAsync(taskId, cancellationToken, withStages: true);
        if (task is null || !await dispatcher.DeleteAsync(taskId, cancellationToken))
        {
            return ApiResults.TaskNotFound(taskId);
        }

        return ApiResults.Ok(TaskViews.From(task, TaskViews.BaseUrl(request, options.Value)));
    }

    private static async Task<Results<Ok<ApiEnvelope<TaskView>>, NotFound<ApiErrorEnvelope>>> CancelAsync(string taskId, HttpRequest request, TaskDispatcher dispatcher, IOptions<ServerOptions> options, CancellationToken cancellationToken)
    {
        var task = await dispatcher.CancelAsync(taskId, cancellationToken);
        return task is null ? ApiResults.TaskNotFound(taskId) : ApiResults.Ok(TaskViews.From(task, TaskViews.BaseUrl(request, options.Value)));
    }

    /// <summary>
    /// <c>text/event-stream</c>: a <c>progress</c> event whenever progress or stage changes, <c>stage</c> when the stage
    /// changes, and a final <c>done</c> event with the task when it finishes; comments keep idle connections alive.
    /// </summary>
    private static async Task<Results<ServerSentEventsResult<string>, NotFound<ApiErrorEnvelope>>> EventsAsync(
        string taskId, HttpContext http, TaskStore store, TaskSignals signals, IOptions<ServerOptions> options, CancellationToken cancellationToken)
    {
        var task = await store.FindAsync(taskId, cancellationToken);
        if (task is null)
        {
            return ApiResults.TaskNotFound(taskId);
        }

        // A proxy such as nginx would otherwise hold events back until its buffer fills.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        return TypedResults.ServerSentEvents(EventStreamAsync(task, http, store, signals, TaskViews.BaseUrl(http.Request, options.Value), cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<string>> EventStreamAsync(
        VideoTask task, HttpContext http, TaskStore store, TaskSignals signals, string baseUrl, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var taskId = task.Id;
        (int Progress, string? Stage, TaskState State)? sent = null;
        var lastWrite = DateTime.UtcNow;
        var id = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var current = await store.FindAsync(taskId, cancellationToken, withStages: task.IsFinished);
            if (current is null)
            {
                yield return Event(++id, "deleted", new { task_id = taskId });
                yield break;
            }

            task = current;
            var now = (task.Progress, task.Stage, task.State);
            if (sent != now)
            {
                if (sent?.Stage != task.Stage && task.Stage is not null)
                {
                    yield return Event(++id, "stage", new { task_id = taskId, stage = task.Stage });
                }

                var view = TaskView.ForState(task.Id, task.State, task.Progress);
                yield return Event(++id, "progress", new { task_id = taskId, state = view.State, status = view.Status, progress = view.Progress, stage = task.Stage });
                sent = now;
                lastWrite = DateTime.UtcNow;
            }

            if (task.IsFinished)
            {
                var full = await store.FindAsync(taskId, cancellationToken, withStages: true);
                yield return Event(++id, "done", TaskViews.From(full ?? task, baseUrl));
                yield break;
            }

            if (DateTime.UtcNow - lastWrite > KeepAlive)
            {
                // SseItem has no comments; the formatter has written the last event whole before it asks for the
                // next, so a comment written here falls between two events and keeps the stream well formed.
                await http.Response.WriteAsync(": keep-alive\n\n", cancellationToken);
                await http.Response.Body.FlushAsync(cancellationToken);
                lastWrite = DateTime.UtcNow;
            }

            try
            {
                await signals.WaitAsync(taskId, EventPoll, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The client went away.
                yield break;
            }
        }
    }

    /// <summary>An event whose data is its JSON in the API's spelling (the formatter writes string data as it is).</summary>
    private static SseItem<string> Event<T>(int id, string name, T data) =>
        new(JsonSerializer.Serialize(data, ApiJson.Options), name) { EventId = id.ToString(CultureInfo.InvariantCulture) };
}
