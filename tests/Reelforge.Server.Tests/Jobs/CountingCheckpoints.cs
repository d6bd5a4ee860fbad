using Reelforge.Core.Requests;
using Reelforge.Pipeline.Checkpoints;

namespace Reelforge.Server.Tests.Jobs;

/// <summary>Checkpoints in a directory, counting which stages were started.</summary>
internal sealed class CountingCheckpoints(string directory) : IStageCheckpoints
{
    private readonly DirectoryCheckpoints _inner = new(directory);

    public List<StageName> Started { get; } = [];

    public ValueTask<StageCheckpoint?> LoadAsync(StageName stage, CancellationToken cancellationToken) => _inner.LoadAsync(stage, cancellationToken);

    public ValueTask StartingAsync(StageName stage, CancellationToken cancellationToken)
    {
        Started.Add(stage);
        return _inner.StartingAsync(stage, cancellationToken);
    }

    public ValueTask SaveAsync(StageName stage, StageCheckpoint checkpoint, CancellationToken cancellationToken) => _inner.SaveAsync(stage, checkpoint, cancellationToken);
}
