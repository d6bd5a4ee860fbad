using Reelforge.Core.Requests;
using Reelforge.Data.Tasks;
using Reelforge.Pipeline.Checkpoints;

namespace Reelforge.Jobs.Tasks;

/// <summary>
/// A task's stage checkpoints in the database (task_stages). The videos after the first of a multi-video task
/// share its plan, narration and captions and keep their own footage, timeline and render (suffix "-2", …).
/// </summary>
internal sealed class DatabaseCheckpoints(TaskStore store, string taskId, int videoNumber) : IStageCheckpoints
{
    public static string KeyOf(StageName stage, int videoNumber)
    {
        var name = stage.ToString().ToLowerInvariant();
        return videoNumber > 1 && stage >= StageName.Gather ? $"{name}-{videoNumber}" : name;
    }

    public async ValueTask<StageCheckpoint?> LoadAsync(StageName stage, CancellationToken cancellationToken)
    {
        var row = await store.FindStageAsync(taskId, KeyOf(stage, videoNumber), cancellationToken);
        return row is { CheckpointJson: { } json } ? new StageCheckpoint(json, row.Seconds ?? 0) : null;
    }

    public async ValueTask StartingAsync(StageName stage, CancellationToken cancellationToken) =>
        await store.StageStartingAsync(taskId, KeyOf(stage, videoNumber), cancellationToken);

    public async ValueTask SaveAsync(StageName stage, StageCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        await store.StageFinishedAsync(taskId, KeyOf(stage, videoNumber), checkpoint.Json, checkpoint.Seconds, cancellationToken);
    }
}
