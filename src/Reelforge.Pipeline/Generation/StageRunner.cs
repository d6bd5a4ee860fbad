using System.Diagnostics;
using Reelforge.Core.Requests;
using Reelforge.Pipeline.Checkpoints;

namespace Reelforge.Pipeline.Generation;

/// <summary>
/// Runs one stage at a time: reports it, times it, and with checkpoints either returns the stored result of a
/// stage that already finished (without running it) or stores the result of the one it just ran.
/// </summary>
internal sealed class StageRunner(IStageCheckpoints? checkpoints, IProgress<StageProgress>? progress)
{
    private readonly Dictionary<StageName, double> _timings = [];

    public IReadOnlyDictionary<StageName, double> Timings => _timings;

    public Task<TOut> RunAsync<TIn, TOut>(IVideoStage<TIn, TOut> stage, TIn input, StageContext context, CancellationToken cancellationToken) =>
        RunAsync(stage.Name, () => stage.RunAsync(input, context, cancellationToken), cancellationToken);

    private async Task<T> RunAsync<T>(StageName stage, Func<Task<T>> body, CancellationToken cancellationToken)
    {
        if (checkpoints is not null && await checkpoints.LoadAsync(stage, cancellationToken) is { } stored)
        {
            _timings[stage] = stored.Seconds;
            progress?.Report(new StageProgress(stage, StageState.Completed, 1, "resumed from checkpoint"));
            return StageCheckpointJson.Deserialize<T>(stored.Json);
        }

        progress?.Report(new StageProgress(stage, StageState.Running, 0));
        if (checkpoints is not null)
        {
            await checkpoints.StartingAsync(stage, cancellationToken);
        }

        var stopwatch = Stopwatch.StartNew();
        var result = await body();
        var seconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 3);
        _timings[stage] = seconds;
        if (checkpoints is not null)
        {
            await checkpoints.SaveAsync(stage, new StageCheckpoint(StageCheckpointJson.Serialize(result), seconds), cancellationToken);
        }

        progress?.Report(new StageProgress(stage, StageState.Completed, 1));
        return result;
    }
}
