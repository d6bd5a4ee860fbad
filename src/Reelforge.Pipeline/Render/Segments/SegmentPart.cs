using Reelforge.Core.Timeline;

namespace Reelforge.Pipeline.Render.Segments;

/// <summary>
/// One part of a segmented render: output frames <paramref name="FirstFrame"/> to <c>FirstFrame + Frames</c> of the
/// whole video, and the part's own timeline (clips cut to the part, times from its start).
/// </summary>
public sealed record SegmentPart(int Index, int FirstFrame, int Frames, VideoTimeline Timeline);
