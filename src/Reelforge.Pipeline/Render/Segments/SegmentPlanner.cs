using Reelforge.Core.Timeline;

namespace Reelforge.Pipeline.Render.Segments;

/// <summary>
/// Cuts a timeline into parts of about <c>segmentSeconds</c>, at clip boundaries, in whole frames. A cut goes where a
/// clip ends: there the transition into the next clip has just finished, so the part before the cut owns the whole
/// overlap (it shows the next clip's first frames blended in) and the part after starts on the next clip, continued
/// from where the blend left it, with no transition. Every clip's place is counted in frames of the whole video, so the
/// parts add up to it exactly. Pure; tested as values.
/// </summary>
public static class SegmentPlanner
{
    /// <summary>The parts; one part (the whole timeline, unchanged) when the video is too short to cut.</summary>
    public static IReadOnlyList<SegmentPart> Plan(VideoTimeline timeline, double segmentSeconds)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(segmentSeconds, 0);
        var fps = timeline.Fps;
        var total = Frames(timeline.Duration, fps);
        var clips = timeline.Clips;
        var target = Math.Max(1, Frames(segmentSeconds, fps));
        var cuts = Cuts(clips, fps, total, target);
        if (cuts.Count == 0)
        {
            return [new SegmentPart(0, 0, total, timeline)];
        }

        var bounds = new List<int> { 0 };
        bounds.AddRange(cuts);
        bounds.Add(total);
        var parts = new List<SegmentPart>();
        for (var p = 0; p + 1 < bounds.Count; p++)
        {
            parts.Add(Part(timeline, p, bounds[p], bounds[p + 1]));
        }

        return parts;
    }

    /// <summary>
    /// Output frames to cut at: clip ends (not the last), each the nearest to a multiple of the target after the
    /// previous cut, never leaving a part under half the target.
    /// </summary>
    private static List<int> Cuts(IReadOnlyList<TimelineClip> clips, int fps, int total, int target)
    {
        var candidates = clips.Take(clips.Count - 1).Select(c => Frames(c.End, fps)).Where(f => f > 0 && f < total).Distinct().Order().ToList();
        var cuts = new List<int>();
        var start = 0;
        while (total - start >= target + (target / 2))
        {
            var wanted = start + target;
            var options = candidates.Where(f => f - start >= target / 2 && total - f >= target / 2).ToList();
            if (options.Count == 0)
            {
                break;
            }

            var cut = options.MinBy(f => Math.Abs(f - wanted));
            if (cut <= start)
            {
                break;
            }

            cuts.Add(cut);
            start = cut;
        }

        return cuts;
    }

    private static SegmentPart Part(VideoTimeline timeline, int index, int first, int end)
    {
        var fps = timeline.Fps;
        var clips = new List<TimelineClip>();
        int? previousEnd = null;
        foreach (var clip in timeline.Clips)
        {
            var clipStart = Frames(clip.Start, fps);
            var clipEnd = Frames(clip.End, fps);
            var from = Math.Max(clipStart, first);
            var to = Math.Min(clipEnd, end);
            if (to - from <= 0)
            {
                previousEnd = clipEnd;
                continue;
            }

            // A clip that began in an earlier part continues without a transition; one that begins here keeps its
            // transition, as long as the overlap in whole frames (so the part's frames add up exactly).
            var continues = clipStart < first;
            ClipTransition? transition = null;
            if (!continues && clips.Count > 0 && clip.TransitionIn is { } original && previousEnd is { } overlapEnd && overlapEnd > clipStart)
            {
                transition = original with { Duration = Seconds(overlapEnd - clipStart, fps) };
            }

            clips.Add(clip with
            {
                Start = Seconds(from - first, fps),
                Duration = Seconds(to - from, fps),
                TransitionIn = transition,
                Offset = Seconds(from - clipStart, fps),
                FullDuration = Seconds(clipEnd - clipStart, fps),
            });
            previousEnd = clipEnd;
        }

        var part = timeline with { Duration = Seconds(end - first, fps), Clips = clips };
        return new SegmentPart(index, first, end - first, part);
    }

    private static int Frames(double seconds, int fps) => (int)Math.Round(seconds * fps, MidpointRounding.AwayFromZero);

    private static double Seconds(int frames, int fps) => (double)frames / fps;
}
