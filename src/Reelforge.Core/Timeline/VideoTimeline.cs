using Reelforge.Core.Requests;

namespace Reelforge.Core.Timeline;

/// <summary>The composed video: clips, transitions, captions and sound, as a value.</summary>
public sealed record VideoTimeline(
    FrameSize Size,
    int Fps,
    double Duration,
    IReadOnlyList<TimelineClip> Clips,
    AudioPlan Audio,
    string? CaptionsPath,
    FootageFit Fit);
