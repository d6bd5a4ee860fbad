using Reelforge.Data.Tasks;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// MoneyPrinterTurbo's numeric task states (<c>app/models/const.py</c>): -1 failed, 1 complete, 4 processing. MPT has
/// no queued, retry-wait or cancelled state: a queued task reports 4 with progress 0, one waiting to retry 4 with its
/// progress so far, a cancelled one -1; the exact state is in the view's <c>status</c>.
/// </summary>
public static class TaskStateCodes
{
    public const int Failed = -1;

    public const int Complete = 1;

    public const int Processing = 4;

    public static int For(TaskState state) => state switch
    {
        TaskState.Queued or TaskState.Processing or TaskState.RetryWait => Processing,
        TaskState.Complete => Complete,
        TaskState.Failed or TaskState.Cancelled => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown task state."),
    };

    /// <summary>The state's name as the API spells it: queued, processing, retry_wait, complete, failed, cancelled.</summary>
    public static string NameOf(TaskState state) => state switch
    {
        TaskState.Queued => "queued",
        TaskState.Processing => "processing",
        TaskState.RetryWait => "retry_wait",
        TaskState.Complete => "complete",
        TaskState.Failed => "failed",
        TaskState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown task state."),
    };

    /// <summary>Every state's API name, in lifecycle order: what a status filter accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<TaskState>().Select(NameOf)];

    /// <summary>The state an API name (<see cref="NameOf"/>, any case) stands for.</summary>
    public static bool TryParse(string? name, out TaskState state)
    {
        foreach (var candidate in Enum.GetValues<TaskState>())
        {
            if (string.Equals(NameOf(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }

    /// <summary>The progress to report: 0 while queued, 100 when complete, otherwise where the task got to (0..100).</summary>
    public static int ProgressFor(TaskState state, int progress) => state switch
    {
        TaskState.Queued => 0,
        TaskState.Complete => 100,
        _ => Math.Clamp(progress, 0, 100),
    };
}
