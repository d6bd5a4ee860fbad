using System.Text.Json;
using Reelforge.Data.Tasks;
using Reelforge.Pipeline.Checkpoints;

namespace Reelforge.Jobs.Tasks;

/// <summary>A plain payload for workers with no API of their own to describe tasks.</summary>
internal sealed class DefaultTaskPayload : ITaskPayload
{
    public string Write(VideoTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return JsonSerializer.Serialize(new
        {
            TaskId = task.Id,
            Status = task.State.ToString().ToLowerInvariant(),
            task.Progress,
            task.Error,
            task.FailedStage,
            Result = task.ResultJson is null ? (JsonElement?)null : JsonDocument.Parse(task.ResultJson).RootElement,
        }, StageCheckpointJson.Options);
    }
}
