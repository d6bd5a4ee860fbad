namespace Reelforge.Data.Tasks;

/// <summary>
/// The one place that says how a task moves: each <see cref="TaskTransition"/> with the states it may start from and
/// the state it ends in. <see cref="TaskStore.MoveAsync"/> applies a move as a compare-and-set on the task's version,
/// so of two nodes moving the same task from the same reading exactly one succeeds.
/// </summary>
/// <remarks>
/// Start is allowed from processing because a worker that died leaves its task processing; Quartz's recovery (or the
/// orphan re-queue) then starts it again elsewhere, and the version still lets only one node do so.
/// </remarks>
public static class TaskLifecycle
{
    private static readonly Dictionary<TaskTransition, (TaskState[] From, TaskState To)> Moves = new()
    {
        [TaskTransition.Start] = ([TaskState.Queued, TaskState.RetryWait, TaskState.Processing], TaskState.Processing),
        [TaskTransition.WaitToRetry] = ([TaskState.Processing], TaskState.RetryWait),
        [TaskTransition.Requeue] = ([TaskState.Processing], TaskState.Queued),
        [TaskTransition.Complete] = ([TaskState.Processing], TaskState.Complete),
        [TaskTransition.Fail] = ([TaskState.Processing], TaskState.Failed),
        [TaskTransition.Cancel] = ([TaskState.Queued, TaskState.RetryWait, TaskState.Processing], TaskState.Cancelled),
    };

    /// <summary>The state <paramref name="transition"/> ends in.</summary>
    public static TaskState Target(TaskTransition transition) =>
        Moves.TryGetValue(transition, out var move) ? move.To : throw new ArgumentOutOfRangeException(nameof(transition), transition, "Unknown task transition.");

    /// <summary>Whether <paramref name="transition"/> may start from <paramref name="state"/>.</summary>
    public static bool Allows(TaskState state, TaskTransition transition) =>
        Moves.TryGetValue(transition, out var move) && move.From.Contains(state);

    /// <summary>The transitions allowed from <paramref name="state"/> (none once it is finished).</summary>
    public static IReadOnlyList<TaskTransition> From(TaskState state) =>
        [.. Enum.GetValues<TaskTransition>().Where(t => Allows(state, t))];

    /// <summary>Complete, failed and cancelled: no transition leaves them.</summary>
    public static bool IsFinished(TaskState state) => state is TaskState.Complete or TaskState.Failed or TaskState.Cancelled;

    /// <summary>Queued or waiting to retry: no worker runs it, so a cancel can finish it at once.</summary>
    public static bool IsWaiting(TaskState state) => state is TaskState.Queued or TaskState.RetryWait;
}
