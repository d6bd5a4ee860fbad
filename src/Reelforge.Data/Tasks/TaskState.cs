namespace Reelforge.Data.Tasks;

/// <summary>
/// Where a task is; <see cref="TaskLifecycle"/> says which moves between states are allowed. Stored by name, so the
/// order here is free. Queued, retry-wait and cancelled are ours; the API maps every state onto MoneyPrinterTurbo's
/// numbers.
/// </summary>
public enum TaskState
{
    /// <summary>Waiting for a worker (just submitted, or put back when its worker shut down).</summary>
    Queued,

    /// <summary>A worker runs it (MoneyPrinterTurbo's "processing").</summary>
    Processing,

    /// <summary>It hit a transient error and waits to be tried again.</summary>
    RetryWait,

    Complete,

    Failed,

    Cancelled,
}
