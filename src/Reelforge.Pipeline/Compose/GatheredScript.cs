using Reelforge.Core.Narration;
using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Compose;

/// <summary>The planned request with its narration and the footage gathered per scene: what the Compose stage works from.</summary>
internal sealed record GatheredScript(VideoRequest Request, NarrationTrack Narration, IReadOnlyList<SceneFootage> Footage);
