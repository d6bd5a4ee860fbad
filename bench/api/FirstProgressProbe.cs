using System.Diagnostics;

namespace Reelforge.Bench.Api;

/// <summary>
/// Submit-to-first-progress: submits a task and polls it every 10 ms until it reports progress or a stage.
/// Each task runs on an idle server (the previous one finished first) so the number is latency, not queueing.
/// </summary>
public sealed class FirstProgressProbe(TasksApi api, TimeSpan finishTimeout)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public sealed record Sample(string TaskId, double SubmitMs, double FirstProgressMs, int Polls, TaskSnapshot Final, bool FinishedInTime);

    public async Task<Sample> MeasureAsync(CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var taskId = await api.SubmitAsync(cancellationToken);
        var submitted = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var polls = 0;
        TaskSnapshot snapshot;
        do
        {
            if (Stopwatch.GetElapsedTime(start) > StartTimeout)
            {
                throw new TimeoutException($"task {taskId} showed no progress and no stage within {StartTimeout.TotalSeconds:0} s");
            }

            if (polls > 0)
            {
                await Task.Delay(PollInterval, cancellationToken);
            }

            snapshot = await api.GetTaskAsync(taskId, cancellationToken);
            polls++;
        }
        while (!snapshot.HasStarted && !snapshot.IsFinished);

        var firstProgress = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var (final, finished) = await WaitFinishedAsync(snapshot, cancellationToken);
        return new Sample(taskId, submitted, firstProgress, polls, final, finished);
    }

    private async Task<(TaskSnapshot Final, bool Finished)> WaitFinishedAsync(TaskSnapshot snapshot, CancellationToken cancellationToken)
    {
        var waitStart = Stopwatch.GetTimestamp();
        while (!snapshot.IsFinished)
        {
            if (Stopwatch.GetElapsedTime(waitStart) > finishTimeout)
            {
                return (snapshot, false);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            snapshot = await api.GetTaskAsync(snapshot.TaskId, cancellationToken);
        }

        return (snapshot, true);
    }
}
