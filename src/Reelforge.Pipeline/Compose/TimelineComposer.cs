using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;

namespace Reelforge.Pipeline.Compose;

/// <summary>
/// The heart of the Compose stage (<see cref="ComposeStage"/>): a pure function from narration, footage and options to a timeline. Each scene's span on the
/// narration track is cut into clips of the requested lengths; footage is never repeated while unused candidates
/// remain; transitions are centred on the cuts so every clip overlaps its neighbour by the transition length.
/// </summary>
public static class TimelineComposer
{
    /// <summary>Shortest clip we will cut, whatever the options say: shorter reads as a glitch.</summary>
    public const double MinimumClipSeconds = 1.0;

    public static VideoTimeline Compose(CompositionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = input.Request;
        var size = request.Format.Size;
        var fps = request.Format.Fps;

        // Every time on the timeline sits on a frame boundary, so trims and transitions cut whole frames.
        double Snap(double seconds) => Math.Round(seconds * fps) / fps;
        var duration = Snap(Math.Max(input.Narration.Duration, 0) + request.Format.TailSeconds);
        var random = new Random(request.Seed);
        var clipMin = Math.Max(MinimumClipSeconds, request.Footage.ClipMinSeconds);
        var clipMax = Math.Max(clipMin, request.Footage.ClipMaxSeconds);
        var transition = request.Transition.Kind == TransitionKind.None
            ? 0
            : Snap(Math.Clamp(request.Transition.DurationSeconds, 0.1, clipMin / 2));

        var cuts = SceneCuts(input, duration, Math.Max(MinimumClipSeconds, 2 * transition));
        var usage = new FootageUsage();
        var clips = new List<TimelineClip>();
        var segments = new List<(int Scene, double Start, double End)>();
        for (var scene = 0; scene < cuts.Count - 1; scene++)
        {
            foreach (var (start, end) in SplitSpan(cuts[scene], cuts[scene + 1], clipMin, clipMax, random))
            {
                segments.Add((scene, Snap(start), Snap(end)));
            }
        }

        // Clip i starts where the transition into it starts (centred on the cut, on a frame) and ends where the
        // transition out of it ends, so neighbours overlap by exactly the transition length.
        var starts = segments.Select((s, i) => i == 0 ? 0 : Snap(s.Start - (transition / 2))).ToList();
        for (var i = 0; i < segments.Count; i++)
        {
            var scene = segments[i].Scene;
            var start = starts[i];
            var end = i == segments.Count - 1 ? duration : starts[i + 1] + transition;
            var length = end - start;
            var candidates = input.Footage.FirstOrDefault(f => f.SceneIndex == scene)?.Candidates ?? [];
            var footage = usage.Pick(candidates, length, request.Footage.Order, random);
            var sourceIn = InPoint(footage, length, random);
            var name = i == 0 ? null : TransitionCatalog.XfadeName(request.Transition.Kind, size.IsPortrait, random);
            clips.Add(new TimelineClip(
                i,
                scene,
                footage,
                sourceIn,
                Round(start),
                Round(length),
                name is null ? null : new ClipTransition(name, transition)));
        }

        return new VideoTimeline(size, request.Format.Fps, Round(duration), clips, input.Audio, input.CaptionsPath, request.Footage.Fit);
    }

    /// <summary>Scene boundaries on the timeline: each scene runs from its first word to the next scene's first word.</summary>
    private static List<double> SceneCuts(CompositionInput input, double duration, double minimumGap)
    {
        var cuts = new List<double> { 0 };
        var sceneCount = Math.Max(1, input.Request.Scenes.Count);
        for (var scene = 1; scene < sceneCount; scene++)
        {
            var (start, _) = input.Narration.SceneSpan(scene);
            if (start > cuts[^1] + minimumGap && start < duration - minimumGap)
            {
                cuts.Add(start);
            }
        }

        cuts.Add(duration);
        return cuts;
    }

    /// <summary>Cuts [start, end) into pieces between min and max seconds (a span shorter than min stays whole).</summary>
    internal static IEnumerable<(double Start, double End)> SplitSpan(double start, double end, double min, double max, Random random)
    {
        var t = start;
        while (end - t > max)
        {
            var remaining = end - t;
            var piece = min + (random.NextDouble() * (max - min));
            if (remaining - piece < min)
            {
                piece = remaining / 2;
            }

            yield return (t, t + piece);
            t += piece;
        }

        yield return (t, end);
    }

    private static double InPoint(FootageItem footage, double length, Random random)
    {
        if (footage.Kind != FootageKind.Video || footage.DurationSeconds is not { } available || available <= length)
        {
            return 0;
        }

        // Varied in-points so a long clip does not always open the same way; keep clear of the last frames.
        var slack = available - length - 0.1;
        if (slack <= 0)
        {
            return 0;
        }

        // Prefer a keyframe: seeking elsewhere decodes every frame from the keyframe before it, only to drop them.
        if (footage.KeyframeTimes is { Count: > 0 } keyframes)
        {
            var usable = keyframes.Where(k => k >= 0 && k <= slack).ToList();
            if (usable.Count > 0)
            {
                return Round(usable[random.Next(usable.Count)]);
            }
        }

        return Round(random.NextDouble() * slack);
    }

    private static double Round(double seconds) => Math.Round(seconds, 3);
}
