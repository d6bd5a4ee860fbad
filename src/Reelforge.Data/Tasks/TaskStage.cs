namespace Reelforge.Data.Tasks;

/// <summary>One pipeline stage of a task: how often it ran, how long it took, and its checkpoint once finished.</summary>
public sealed class TaskStage
{
    public required string TaskId { get; set; }

    /// <summary>The stage's name in lower case (plan, narrate, caption, gather, compose, render, verify).</summary>
    public required string Stage { get; set; }

    /// <summary>How many times the stage was started; a finished stage of a recovered task stays at one.</summary>
    public int Runs { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public double? Seconds { get; set; }

    /// <summary>The stage's result as JSON; non-null exactly when the stage finished.</summary>
    public string? CheckpointJson { get; set; }
}
