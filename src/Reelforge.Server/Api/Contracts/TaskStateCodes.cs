using Reelforge.Data.Tasks;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// MoneyPrinterTurbo's numeric task states (<c>app/models/const.py</c>): -1 failed, 1 complete, 4 processing. MPT has
/// no queued or cancelled state: a queued task reports 4 with progress 0, a cancelled one -1; the exact state is in
/// the view's <c>status</c>.
/// </summary>
public static class TaskStateCodes
{
    public const int Failed = -1;

    public const int Complete = 1;

    public const int Processing = 4;

    public static int For(TaskState state) => state switch
    {
        TaskState.Queued or TaskState.Processing => Processing,
        TaskState.Complete => Complete,
        TaskState.Failed or TaskState.Cancelled => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown task state."),
    };

    /// <summary>The state's name as the API spells it: queued, processing, complete, failed, cancelled.</summary>
    public static string NameOf(TaskState state) => state switch
    {
        TaskState.Queued => "queued",
        TaskState.Processing => "processing",
        TaskState.Complete => "complete",
        TaskState.Failed => "failed",
        TaskState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown task state."),
    };

    /// <summary>The progress to report: 0 while queued, 100 when complete, otherwise where the task got to (0..100).</summary>
    public static int ProgressFor(TaskState state, int progress) => state switch
    {
        TaskState.Queued => 0,
        TaskState.Complete => 100,
        _ => Math.Clamp(progress, 0, 100),
    };
}
