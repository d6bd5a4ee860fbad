using Reelforge.Core.Timeline;
using Reelforge.Media.FilterGraphs;

namespace Reelforge.Pipeline.Render;

/// <summary>
/// Joins full-size streams with their transitions while blending only the overlaps. ffmpeg 5.1's xfade accepts 4:4:4
/// formats only, so a chain of xfades over whole clips converts every frame to yuv444p and back (two full-frame
/// swscale passes per frame in the filter thread, a quarter of a footage render's CPU). Here each stream is cut into
/// head, body and tail; each tail and the next head go through one xfade, and bodies and blends are concatenated in
/// yuv420p, so only the transition frames are converted.
/// </summary>
public static class TransitionSplice
{
    /// <summary>A full-size stream of <paramref name="Duration"/> seconds, entered with <paramref name="TransitionIn"/>.</summary>
    public sealed record Piece(string Label, double Duration, ClipTransition? TransitionIn);

    /// <summary>Adds the join of <paramref name="pieces"/> to the graph and returns its output label.</summary>
    public static string Join(FilterGraph graph, IReadOnlyList<Piece> pieces, int fps)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.Count == 0)
        {
            throw new ArgumentException("Nothing to join.", nameof(pieces));
        }

        if (pieces.Count == 1)
        {
            return pieces[0].Label;
        }

        // Frame counts as trim counts them: durations are rounded to the nearest frame.
        var frames = pieces.Select(p => Frames(p.Duration, fps)).ToList();
        var overlaps = pieces.Select((p, i) => i == 0 ? 0 : Math.Min(Frames(p.TransitionIn?.Duration ?? 0, fps), Math.Min(frames[i - 1], frames[i]))).ToList();

        var segments = new List<string>();
        string? tail = null;
        for (var i = 0; i < pieces.Count; i++)
        {
            var headFrames = overlaps[i];
            var tailFrames = i + 1 < pieces.Count ? overlaps[i + 1] : 0;
            var bodyFrames = frames[i] - headFrames - tailFrames;
            var (head, body, nextTail) = Cut(graph, pieces[i].Label, headFrames, Math.Max(0, bodyFrames), tailFrames);
            if (head is not null)
            {
                segments.Add(Blend(graph, tail!, head, pieces[i].TransitionIn!, headFrames, fps));
            }

            if (body is not null)
            {
                segments.Add(body);
            }

            tail = nextTail;
        }

        if (segments.Count == 1)
        {
            return segments[0];
        }

        var joined = graph.NewLabel("cat");
        graph.Add(segments, [new Filter("concat").Set("n", segments.Count).Set("v", 1).Set("a", 0)], [joined]);
        return joined;
    }

    /// <summary>Splits a stream into its first <paramref name="headFrames"/>, the body, and the last <paramref name="tailFrames"/>.</summary>
    private static (string? Head, string? Body, string? Tail) Cut(FilterGraph graph, string input, int headFrames, int bodyFrames, int tailFrames)
    {
        var parts = new List<(Part Part, int Start, int? End)>();
        if (headFrames > 0)
        {
            parts.Add((Part.Head, 0, headFrames));
        }

        if (bodyFrames > 0)
        {
            parts.Add((Part.Body, headFrames, headFrames + bodyFrames));
        }

        if (tailFrames > 0)
        {
            // Open-ended: a stream a frame longer than planned gives a longer tail, which the blend simply ends.
            parts.Add((Part.Tail, headFrames + bodyFrames, null));
        }

        List<string> sources = parts.Count == 1 ? [input] : parts.Select(_ => graph.NewLabel("sp")).ToList();
        if (parts.Count > 1)
        {
            graph.Add([input], [new Filter("split").Set("outputs", parts.Count)], sources);
        }

        string? head = null, body = null, tail = null;
        for (var p = 0; p < parts.Count; p++)
        {
            var (part, start, end) = parts[p];
            var label = graph.NewLabel(part switch { Part.Head => "h", Part.Body => "b", _ => "t" });
            var trim = new Filter("trim");
            if (start > 0)
            {
                trim.Set("start_frame", start);
            }

            if (end is { } last)
            {
                trim.Set("end_frame", last);
            }

            graph.Add([sources[p]], [trim, new Filter("setpts").Arg("PTS-STARTPTS")], [label]);
            switch (part)
            {
                case Part.Head: head = label; break;
                case Part.Body: body = label; break;
                default: tail = label; break;
            }
        }

        return (head, body, tail);
    }

    /// <summary>One transition: the outgoing tail blended into the incoming head, back in yuv420p for the concat.</summary>
    private static string Blend(FilterGraph graph, string tail, string head, ClipTransition transition, int frames, int fps)
    {
        var output = graph.NewLabel("x");
        graph.Add([tail, head], [
            new Filter("xfade")
                .Set("transition", transition.Name)
                .Set("duration", Math.Round((double)frames / fps, 3))
                .Set("offset", 0),
            new Filter("format").Set("pix_fmts", "yuv420p"),
        ], [output]);
        return output;
    }

    private enum Part
    {
        Head,
        Body,
        Tail,
    }

    private static int Frames(double seconds, int fps) => (int)Math.Round(seconds * fps, MidpointRounding.AwayFromZero);
}
