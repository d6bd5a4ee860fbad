namespace Reelforge.Data.Tasks;

/// <summary>Where a task is. Queued and cancelled are ours; the rest map onto MoneyPrinterTurbo's numbers.</summary>
public enum TaskState
{
    Queued,
    Processing,
    Complete,
    Failed,
    Cancelled,
}
