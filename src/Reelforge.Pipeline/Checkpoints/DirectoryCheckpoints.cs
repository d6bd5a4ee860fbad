using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Checkpoints;

/// <summary>Checkpoints as files in a directory (one JSON file a stage), for runs with no database.</summary>
public sealed class DirectoryCheckpoints(string directory) : IStageCheckpoints
{
    public async ValueTask<StageCheckpoint?> LoadAsync(StageName stage, CancellationToken cancellationToken)
    {
        var path = PathOf(stage);
        return File.Exists(path)
            ? StageCheckpointJson.Deserialize<StageCheckpoint>(await File.ReadAllTextAsync(path, cancellationToken))
            : null;
    }

    public ValueTask StartingAsync(StageName stage, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask SaveAsync(StageName stage, StageCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = PathOf(stage);
        await File.WriteAllTextAsync(path + ".tmp", StageCheckpointJson.Serialize(checkpoint), cancellationToken);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private string PathOf(StageName stage) => Path.Combine(directory, $"{stage.ToString().ToLowerInvariant()}.json");
}
