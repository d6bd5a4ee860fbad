namespace Reelforge.Bench.Api;

/// <summary>What GET /api/v1/tasks/{id} says about a task (MoneyPrinterTurbo states: 4 running, 1 done, -1 failed).</summary>
public sealed record TaskSnapshot(string TaskId, int State, double Progress, string? Stage)
{
    public bool HasStarted => Progress > 0 || Stage is not null;

    public bool IsFinished => State is 1 or -1;
}
