namespace Reelforge.Data.Tasks;

/// <summary>The named moves of a task between its states; <see cref="TaskLifecycle"/> holds where each may start and where it ends.</summary>
public enum TaskTransition
{
    /// <summary>A worker picks the task up.</summary>
    Start,

    /// <summary>A transient error: the task waits to be tried again.</summary>
    WaitToRetry,

    /// <summary>The worker shuts down mid-run: the task goes back to the queue and resumes from its checkpoints.</summary>
    Requeue,

    Complete,

    Fail,

    Cancel,
}
