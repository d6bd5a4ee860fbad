using System.Globalization;
using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Media.FilterGraphs;

namespace Reelforge.Pipeline.Render;

/// <summary>
/// Turns a timeline into ONE ffmpeg invocation: every clip decoded only for the part used (input seeking),
/// scaled once to the frame, joined by an xfade chain, captions burned in with libass, narration and ducked music
/// mixed and limited, encoded once. A pure function, tested as strings.
/// </summary>
public static class RenderCommandBuilder
{
    public static RenderCommand Build(VideoTimeline timeline, RenderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var args = new List<string> { "-hide_banner", "-nostdin", "-y" };
        var graph = new FilterGraph();
        var inputIndex = 0;

        var clipLabels = new List<ClipStream>();
        foreach (var clip in timeline.Clips)
        {
            clipLabels.Add(AddClip(graph, args, ref inputIndex, clip, timeline, settings));
        }

        var video = JoinClips(graph, clipLabels, timeline);
        var finishing = new List<Filter>();
        if (timeline.CaptionsPath is not null)
        {
            finishing.Add(new Filter("ass").Set("filename", timeline.CaptionsPath));
        }

        finishing.Add(new Filter("format").Set("pix_fmts", "yuv420p"));
        graph.Add([video], finishing, ["vout"]);

        AudioGraph.Add(graph, args, ref inputIndex, timeline.Audio, timeline.Duration, settings.MusicStemOnly);

        var (preset, crf) = settings.Encoder;
        var duration = Seconds(timeline.Duration);
        args.AddRange([
            "-filter_complex", graph.ToString(),
            "-map", "[vout]", "-map", "[aout]",
            "-c:v", "libx264", "-preset", preset, "-crf", crf.ToString(CultureInfo.InvariantCulture),
            "-profile:v", "high", "-pix_fmt", "yuv420p",
            "-r", timeline.Fps.ToString(CultureInfo.InvariantCulture), "-fps_mode", "cfr",
            "-g", (timeline.Fps * 2).ToString(CultureInfo.InvariantCulture),
            "-c:a", "aac", "-b:a", "160k", "-ar", "48000", "-ac", "2",
            "-t", duration,
            "-movflags", "+faststart",
            "-f", "mp4",
            settings.OutputPath,
        ]);
        return new RenderCommand(args, graph.ToString(), timeline.Duration);
    }

    /// <summary>A clip's stream in the graph; procedural clips stay small until they are joined.</summary>
    private sealed record ClipStream(string Label, bool Small);

    private static ClipStream AddClip(FilterGraph graph, List<string> args, ref int inputIndex, TimelineClip clip, VideoTimeline timeline, RenderSettings settings)
    {
        var size = timeline.Size;
        var fps = timeline.Fps;
        var length = clip.Duration;
        var footage = clip.Footage;
        switch (footage.Kind)
        {
            case FootageKind.Procedural:
                var procedural = ProceduralGraph.Add(graph, footage.Procedural!, size, fps, length);
                return new(graph.Then(procedural, "c", Trim(length), new Filter("setpts").Arg("PTS-STARTPTS")), Small: true);

            case FootageKind.Image:
                // Decoded at 1 fps and scaled once a second; the pan is a cheap per-frame crop of the bigger image.
                args.AddRange(["-loop", "1", "-framerate", "1", "-t", Seconds(length + 1), "-i", footage.Path!]);
                var image = $"{inputIndex++}:v";
                var panWidth = Even(size.Width * 1.12);
                var panHeight = Even(size.Height * 1.12);
                var fitted = FitFilters(graph, image, timeline.Fit, new(panWidth, panHeight));
                var direction = clip.Index % 2 == 0 ? "t" : $"({Seconds(length)}-t)";
                return new(graph.Then(fitted, "c",
                    new Filter("fps").Set("fps", fps),
                    new Filter("crop").Set("w", size.Width).Set("h", size.Height)
                        .Set("x", $"(iw-ow)*{direction}/{Seconds(length)}")
                        .Set("y", $"(ih-oh)*(0.5+0.5*sin({direction}/{Seconds(length)}*1.5708))"),
                    new Filter("setsar").Arg("1"),
                    Trim(length),
                    new Filter("setpts").Arg("PTS-STARTPTS")), Small: false);

            case FootageKind.Video:
                var available = footage.DurationSeconds ?? double.MaxValue;
                if (available < clip.SourceIn + length)
                {
                    // Shorter than the clip: loop it rather than leave the frame frozen or black.
                    args.AddRange(["-stream_loop", "-1"]);
                }

                args.AddRange([
                    "-threads", settings.DecoderThreads.ToString(CultureInfo.InvariantCulture),
                    "-ss", Seconds(clip.SourceIn), "-t", Seconds(length + 0.1), "-an", "-i", footage.Path!,
                ]);
                var source = $"{inputIndex++}:v";
                var sampled = graph.Then(source, "r", new Filter("fps").Set("fps", fps));
                var scaled = FitFilters(graph, sampled, timeline.Fit, size);
                return new(graph.Then(scaled, "c",
                    new Filter("setsar").Arg("1"),
                    new Filter("format").Set("pix_fmts", "yuv420p"),
                    Trim(length),
                    new Filter("setpts").Arg("PTS-STARTPTS")), Small: false);

            default:
                throw new ArgumentOutOfRangeException(nameof(clip), footage.Kind, "Unknown footage kind.");
        }
    }

    /// <summary>Scales a stream to <paramref name="size"/> as the fit says.</summary>
    private static string FitFilters(FilterGraph graph, string input, FootageFit fit, FrameSize size)
    {
        switch (fit)
        {
            case FootageFit.Crop:
                return graph.Then(input, "f",
                    Scale(size, "increase"),
                    new Filter("crop").Set("w", size.Width).Set("h", size.Height));

            case FootageFit.Letterbox:
                return graph.Then(input, "f",
                    Scale(size, "decrease"),
                    new Filter("pad").Set("w", size.Width).Set("h", size.Height)
                        .Set("x", "(ow-iw)/2").Set("y", "(oh-ih)/2").Set("color", "black"));

            case FootageFit.Blur:
                var back = graph.NewLabel("bb");
                var front = graph.NewLabel("bf");
                graph.Add([input], [new Filter("split").Arg("2")], [back, front]);
                var small = new FrameSize(Even(size.Width / 8.0), Even(size.Height / 8.0));

                // The blurred backdrop is made at an eighth of the size: blur is free there and the upscale hides it.
                var blurred = graph.Then(back, "bk",
                    Scale(small, "increase"),
                    new Filter("crop").Set("w", small.Width).Set("h", small.Height),
                    new Filter("boxblur").Set("luma_radius", 6).Set("luma_power", 2),
                    new Filter("scale").Set("w", size.Width).Set("h", size.Height).Set("flags", "bilinear"));
                var sharp = graph.Then(front, "fg", Scale(size, "decrease"));
                var output = graph.NewLabel("f");
                graph.Add([blurred, sharp], [new Filter("overlay").Set("x", "(W-w)/2").Set("y", "(H-h)/2")], [output]);
                return output;

            default:
                throw new ArgumentOutOfRangeException(nameof(fit), fit, "Unknown fit.");
        }
    }

    private static Filter Scale(FrameSize size, string aspectMode) => new Filter("scale")
        .Set("w", size.Width)
        .Set("h", size.Height)
        .Set("force_original_aspect_ratio", aspectMode)
        .Set("force_divisible_by", 2)
        .Set("flags", "bilinear");

    /// <summary>
    /// Joins clips with xfade transitions (or plain concatenation when there are none). Each clip is split into
    /// head, body and tail by frame counts; xfade blends only the overlapping tail and head, and the pieces are
    /// concatenated, so frames outside transitions pass through no blending filter at all.
    /// </summary>
    private static string JoinClips(FilterGraph graph, List<ClipStream> streams, VideoTimeline timeline)
    {
        string Full(ClipStream stream) => stream.Small ? ProceduralGraph.ScaleUp(graph, stream.Label, timeline.Size) : stream.Label;
        if (streams.Count == 1)
        {
            return Full(streams[0]);
        }

        var clips = timeline.Clips;
        if (clips.Skip(1).All(c => c.TransitionIn is null))
        {
            var joined = graph.NewLabel("cat");
            var full = streams.Select(Full).ToList();
            graph.Add(full, [new Filter("concat").Set("n", full.Count).Set("v", 1).Set("a", 0)], [joined]);
            return joined;
        }

        var labels = streams.Select(s => s.Label).ToList();

        int Frames(double seconds) => (int)Math.Round(seconds * timeline.Fps);
        var sequence = new List<string>();
        ClipStream? previousTail = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var total = Frames(clips[i].Duration);
            var headFrames = Frames(clips[i].TransitionIn?.Duration ?? 0);
            var tailFrames = i + 1 < clips.Count ? Frames(clips[i + 1].TransitionIn?.Duration ?? 0) : 0;
            var bodyFrames = total - headFrames - tailFrames;

            var pieces = new List<(string Kind, int Start, int End)>();
            if (headFrames > 0)
            {
                pieces.Add(("h", 0, headFrames));
            }

            if (bodyFrames > 0)
            {
                pieces.Add(("b", headFrames, headFrames + bodyFrames));
            }

            if (tailFrames > 0)
            {
                pieces.Add(("t", total - tailFrames, total));
            }

            var sources = pieces.Count == 1 ? [labels[i]] : pieces.Select(_ => graph.NewLabel("sp")).ToList();
            if (pieces.Count > 1)
            {
                graph.Add([labels[i]], [new Filter("split").Arg(pieces.Count.ToString(CultureInfo.InvariantCulture))], sources);
            }

            for (var p = 0; p < pieces.Count; p++)
            {
                var (kind, first, end) = pieces[p];
                var piece = graph.Then(sources[p], kind,
                    new Filter("trim").Set("start_frame", first).Set("end_frame", end),
                    new Filter("setpts").Arg("PTS-STARTPTS"));
                var pieceStream = new ClipStream(piece, streams[i].Small);
                switch (kind)
                {
                    case "h":
                        // Two procedural clips blend while still small; anything else blends at the frame size.
                        var bothSmall = previousTail!.Small && pieceStream.Small;
                        var transition = clips[i].TransitionIn!;
                        var blended = graph.NewLabel("x");
                        graph.Add(
                            bothSmall ? [previousTail.Label, piece] : [Full(previousTail), Full(pieceStream)],
                            [new Filter("xfade")
                                .Set("transition", transition.Name)
                                .Set("duration", transition.Duration)
                                .Set("offset", 0)],
                            [blended]);
                        sequence.Add(bothSmall ? Full(new ClipStream(blended, true)) : blended);
                        break;
                    case "b":
                        sequence.Add(Full(pieceStream));
                        break;
                    default:
                        previousTail = pieceStream;
                        break;
                }
            }
        }

        var video = graph.NewLabel("cat");
        graph.Add(sequence, [new Filter("concat").Set("n", sequence.Count).Set("v", 1).Set("a", 0)], [video]);
        return video;
    }

    private static Filter Trim(double length) => new Filter("trim").Set("duration", length);

    private static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2) * 2);

    internal static string Seconds(double value) => Filter.FormatNumber(value);
}
