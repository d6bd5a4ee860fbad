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

    /// <summary>
    /// For a clip cut by a part of a segmented render: seconds of the clip's own start that lie before the part
    /// (its picture continues from there, not from its beginning).
    /// </summary>
    public double Offset { get; init; }

    /// <summary>
    /// For a clip cut by a part of a segmented render: the clip's whole length on the full timeline, which its motion
    /// (an image's pan) is paced by; null when the clip is whole.
    /// </summary>
    public double? FullDuration { get; init; }
}
