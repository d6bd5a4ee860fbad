using Reelforge.Core.Footage;

namespace Reelforge.Core.Timeline;

/// <summary>
/// One clip on the timeline. It is on screen from <see cref="Start"/> for <see cref="Duration"/> seconds,
/// including the transition into the next clip, which overlaps its last <c>next.TransitionIn.Duration</c> seconds.
/// </summary>
/// <param name="SourceIn">In-point in the source video, seconds (0 for images and procedural footage).</param>
public sealed record TimelineClip(
    int Index,
    int SceneIndex,
    FootageItem Footage,
    double SourceIn,
    double Start,
    double Duration,
    ClipTransition? TransitionIn)
{
    public double End => Start + Duration;
}
