using System.Text.Json;
using Reelforge.Pipeline.Checkpoints;
using Reelforge.Pipeline.Render.Segments;

namespace Reelforge.Jobs.Segments;

/// <summary>A part's work as stored in its row, so a worker that did not plan the render can run it.</summary>
internal static class SegmentWorkJson
{
    public static string Write(SegmentWork work) => JsonSerializer.Serialize(work, StageCheckpointJson.Options);

    public static SegmentWork Read(string json) =>
        JsonSerializer.Deserialize<SegmentWork>(json, StageCheckpointJson.Options) ?? throw new InvalidOperationException("A render segment row holds no work.");
}
