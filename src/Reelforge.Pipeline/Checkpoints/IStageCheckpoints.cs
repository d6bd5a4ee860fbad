using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Checkpoints;

/// <summary>
/// Where a generation records each finished stage's result, so a run that died resumes at the first unfinished
/// stage instead of starting again. The result is JSON made by <see cref="StageCheckpointJson"/>; the files it
/// names live in the generation's work directory, which must survive with it.
/// </summary>
public interface IStageCheckpoints
{
    /// <summary>The stored result of <paramref name="stage"/>, or null when that stage has not finished.</summary>
    ValueTask<StageCheckpoint?> LoadAsync(StageName stage, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="stage"/> is starting (a run counter, for recovery accounting).</summary>
    ValueTask StartingAsync(StageName stage, CancellationToken cancellationToken);

    ValueTask SaveAsync(StageName stage, StageCheckpoint checkpoint, CancellationToken cancellationToken);
}
