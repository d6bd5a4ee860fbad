using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;

namespace Reelforge.Pipeline.Compose;

/// <summary>Everything the timeline is a function of.</summary>
public sealed record CompositionInput(
    VideoRequest Request,
    NarrationTrack Narration,
    IReadOnlyList<SceneFootage> Footage,
    AudioPlan Audio,
    string? CaptionsPath);
