namespace Reelforge.Data.Tasks;

/// <summary>One submitted job: what was asked, where it is, and what it produced.</summary>
public sealed class VideoTask
{
    /// <summary>A GUID in its 36-character form, as MoneyPrinterTurbo's task ids are.</summary>
    public required string Id { get; set; }

    public TaskKind Kind { get; set; }

    /// <summary>Changed only through <see cref="TaskStore.MoveAsync"/>, which follows <see cref="TaskLifecycle"/>.</summary>
    public TaskState State { get; internal set; }

    /// <summary>Counts the task's transitions; the concurrency token that makes each move a compare-and-set.</summary>
    public int Version { get; internal set; }

    /// <summary>0..100 over the whole task.</summary>
    public int Progress { get; set; }

    /// <summary>The stage running now (or the last one that ran), lower case: plan, narrate, …</summary>
    public string? Stage { get; set; }

    /// <summary>The request in Reelforge's own shape (Core's VideoRequest as JSON), what the worker runs.</summary>
    public required string RequestJson { get; set; }

    /// <summary>The body the client sent, kept to echo back in the task's <c>params</c>.</summary>
    public string? ParamsJson { get; set; }

    /// <summary>How many videos to make from the request (MoneyPrinterTurbo's <c>video_count</c>).</summary>
    public int VideoCount { get; set; } = 1;

    public string? Error { get; set; }

    public string? FailedStage { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>The worker (host and process) running the task now, or that ran it last.</summary>
    public string? WorkerId { get; set; }

    /// <summary>How many times a worker picked the task up (more than one after a recovery).</summary>
    public int Attempts { get; set; }

    public bool CancelRequested { get; set; }

    /// <summary>Files the task produced, relative to its directory, as a JSON object of role to paths.</summary>
    public string? ResultJson { get; set; }

    /// <summary>Social metadata (titles, descriptions, hashtags) as JSON, when a writer made it.</summary>
    public string? MetadataJson { get; set; }

    public string? CallbackUrl { get; set; }

    /// <summary>When the completion webhook was delivered (2xx), or null.</summary>
    public DateTime? CallbackDeliveredAt { get; set; }

    public int CallbackAttempts { get; set; }

    /// <summary>The batch this task was submitted in, or null.</summary>
    public string? BatchId { get; set; }

    public List<TaskStage> Stages { get; set; } = [];

    public bool IsFinished => TaskLifecycle.IsFinished(State);
}
