namespace Reelforge.Data.Tasks;

/// <summary>
/// The result of moving a task: the outcome, and the task as it is now (null when it no longer exists; the caller's own
/// reading when the move was refused).
/// </summary>
public sealed record TaskMove(string TaskId, TaskTransition Transition, TaskMoveOutcome Outcome, VideoTask? Task)
{
    public bool Moved => Outcome == TaskMoveOutcome.Moved;

    /// <summary>A sentence for logs: what was tried and why it did or did not happen.</summary>
    public string Describe() => Outcome switch
    {
        TaskMoveOutcome.Moved => $"task {TaskId}: {Transition} moved it to {Task!.State}",
        TaskMoveOutcome.Refused => $"task {TaskId}: {Transition} is not allowed from {Task!.State}",
        TaskMoveOutcome.Lost when Task is null => $"task {TaskId}: {Transition} lost the race, the task was deleted",
        TaskMoveOutcome.Lost => $"task {TaskId}: {Transition} lost the race, another move made it {Task.State} (version {Task.Version})",
        _ => $"task {TaskId}: {Transition} found no such task",
    };
}
