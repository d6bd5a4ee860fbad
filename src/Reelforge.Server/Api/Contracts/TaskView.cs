using System.Text.Json;
using System.Text.Json.Serialization;
using Reelforge.Data.Tasks;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// The <c>data</c> of <c>GET /api/v1/tasks/{id}</c>. MPT's <c>get_task</c> returns the task's state record: always
/// <c>task_id</c>, <c>state</c>, <c>progress</c>, and, once known, <c>videos</c>, <c>combined_videos</c>, <c>script</c>,
/// <c>terms</c>, <c>audio_file</c>, <c>audio_duration</c>, <c>subtitle_path</c>, <c>materials</c> (and
/// <c>failed_stage</c>/<c>error</c> in newer versions). Fields not yet known are left out, not null: MPT clients test
/// for keys. Ours follow (<c>status</c>, <c>stage</c>, <c>stages</c>, times).
/// </summary>
public sealed record TaskView
{
    [JsonPropertyName("task_id")]
    public required string TaskId { get; init; }

    /// <summary>MPT's number: -1 failed (or cancelled), 1 complete, 4 queued or processing.</summary>
    [JsonPropertyName("state")]
    public int State { get; init; }

    [JsonPropertyName("progress")]
    public int Progress { get; init; }

    /// <summary>Full URLs of the finished videos.</summary>
    [JsonPropertyName("videos"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Videos { get; init; }

    /// <summary>Full URLs of the videos before captions were burnt in (MPT's intermediate <c>combined-N.mp4</c>).</summary>
    [JsonPropertyName("combined_videos"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? CombinedVideos { get; init; }

    [JsonPropertyName("script"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Script { get; init; }

    [JsonPropertyName("terms"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Terms { get; init; }

    [JsonPropertyName("audio_file"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AudioFile { get; init; }

    [JsonPropertyName("audio_duration"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? AudioDuration { get; init; }

    [JsonPropertyName("subtitle_path"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SubtitlePath { get; init; }

    [JsonPropertyName("materials"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Materials { get; init; }

    [JsonPropertyName("failed_stage"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FailedStage { get; init; }

    [JsonPropertyName("error"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    // ---- Reelforge ----

    /// <summary>The exact state: queued, processing, complete, failed or cancelled.</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>True only for a cancelled task (which reports <c>state</c> -1).</summary>
    [JsonPropertyName("cancelled"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Cancelled { get; init; }

    /// <summary>video, audio or subtitle: how far the task goes.</summary>
    [JsonPropertyName("kind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Kind { get; init; }

    /// <summary>The stage running now, or the last one that ran.</summary>
    [JsonPropertyName("stage"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Stage { get; init; }

    [JsonPropertyName("stages"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TaskStageView>? Stages { get; init; }

    [JsonPropertyName("video_count"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? VideoCount { get; init; }

    [JsonPropertyName("attempts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Attempts { get; init; }

    /// <summary>The worker (host:pid) running the task, or that ran it last.</summary>
    [JsonPropertyName("worker_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? WorkerId { get; init; }

    [JsonPropertyName("batch_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BatchId { get; init; }

    /// <summary>Social metadata (titles, descriptions, hashtags) when a writer made it.</summary>
    [JsonPropertyName("metadata"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Metadata { get; init; }

    [JsonPropertyName("created_at"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? CreatedAt { get; init; }

    [JsonPropertyName("updated_at"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? UpdatedAt { get; init; }

    [JsonPropertyName("started_at"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? StartedAt { get; init; }

    [JsonPropertyName("finished_at"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? FinishedAt { get; init; }

    /// <summary>The state fields for a task in <paramref name="state"/>; add the rest with <c>with { … }</c>.</summary>
    public static TaskView ForState(string taskId, TaskState state, int progress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return new TaskView
        {
            TaskId = taskId,
            State = TaskStateCodes.For(state),
            Progress = TaskStateCodes.ProgressFor(state, progress),
            Status = TaskStateCodes.NameOf(state),
            Cancelled = state == TaskState.Cancelled ? true : null,
        };
    }
}
