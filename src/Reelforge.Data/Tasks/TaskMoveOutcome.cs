namespace Reelforge.Data.Tasks;

/// <summary>How an attempt to move a task ended.</summary>
public enum TaskMoveOutcome
{
    /// <summary>The task moved; the caller now owns the new state.</summary>
    Moved,

    /// <summary>The lifecycle does not allow this move from the task's state (e.g. completing a cancelled task).</summary>
    Refused,

    /// <summary>Someone else moved the task since the caller read it (another node, a cancel): the caller's view is stale.</summary>
    Lost,

    /// <summary>There is no such task (it was deleted).</summary>
    NotFound,
}
