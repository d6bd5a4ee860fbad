namespace Reelforge.Data.Segments;

/// <summary>
/// One part of a task's segmented render (table <c>render_segments</c>): the self-contained work any worker can run,
/// who claimed it and when it last said it was alive. Keyed by task, video number, batch key (one render attempt) and
/// index; deleted with its task.
/// </summary>
public sealed class RenderSegment
{
    public required string TaskId { get; set; }

    /// <summary>Which video of a multi-video task (1-based).</summary>
    public int VideoNumber { get; set; }

    /// <summary>The render attempt the part belongs to; parts of different keys never join.</summary>
    public required string BatchKey { get; set; }

    public int Index { get; set; }

    public SegmentState State { get; set; }

    /// <summary>The part's SegmentWork as JSON: arguments, filter graph and paths.</summary>
    public required string WorkJson { get; set; }

    /// <summary>The worker that claimed it last (<c>host:pid</c>).</summary>
    public string? WorkerId { get; set; }

    public DateTime? ClaimedAt { get; set; }

    public DateTime? HeartbeatAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>How long its render took; null for a part found already rendered.</summary>
    public double? Seconds { get; set; }

    /// <summary>How many times a worker claimed it to render (a part found rendered stays at zero).</summary>
    public int Attempts { get; set; }

    public string? Error { get; set; }
}
