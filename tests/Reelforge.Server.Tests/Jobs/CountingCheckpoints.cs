using Reelforge.Core.Requests;
using Reelforge.Pipeline.Checkpoints;

namespace Reelforge.Server.Tests.Jobs;

/// <summary>Checkpoints kept in memory across runs of one test, counting which stages were started.</summary>
internal sealed class CountingCheckpoints : IStageCheckpoints
{
    private readonly Dictionary<StageName, StageCheckpoint> _finished = [];

    public List<StageName> Started { get; } = [];

    public ValueTask<StageCheckpoint?> LoadAsync(StageName stage, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_finished.GetValueOrDefault(stage));

    public ValueTask StartingAsync(StageName stage, CancellationToken cancellationToken)
    {
        Started.Add(stage);
        return ValueTask.CompletedTask;
    }

    public ValueTask SaveAsync(StageName stage, StageCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        _finished[stage] = checkpoint;
        return ValueTask.CompletedTask;
    }
}
