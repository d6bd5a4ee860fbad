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
    /// <summary>The whole video in one pass: picture, captions and sound.</summary>
    public static RenderCommand Build(VideoTimeline timeline, RenderSettings settings) =>
        Compose(timeline, settings, withAudio: true, firstFrame: 0, frames: null);

    /// <summary>
    /// The picture of one part of a video, no sound: <paramref name="part"/> is the part's own timeline (see
    /// <see cref="Segments.SegmentPlanner"/>), starting at output frame <paramref name="firstFrame"/> of the whole, and
    /// exactly <paramref name="frames"/> frames long. Captions are drawn at the whole video's times.
    /// </summary>
    public static RenderCommand BuildVideoPart(VideoTimeline part, RenderSettings settings, int firstFrame, int frames) =>
        Compose(part, settings, withAudio: false, firstFrame, frames);

    /// <summary>The sound of the whole video alone (narration, ducked music, fade, limit), encoded once as AAC.</summary>
    public static RenderCommand BuildAudio(VideoTimeline timeline, RenderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var args = new List<string> { "-hide_banner", "-nostdin", "-y" };
        var graph = new FilterGraph();
        var inputIndex = 0;
        AudioGraph.Add(graph, args, ref inputIndex, timeline.Audio, timeline.Duration, settings.MusicStemOnly);
        args.AddRange([
            settings.GraphFileOption, settings.GraphPath,
            "-map", "[aout]",
            .. AudioOutput,
            "-t", Seconds(timeline.Duration),
            "-f", "mp4",
            settings.OutputPath,
        ]);
        return new RenderCommand(args, graph.ToString(), settings.GraphPath, timeline.Duration);
    }

    private static readonly string[] AudioOutput = ["-c:a", "aac", "-b:a", "160k", "-ar", "48000", "-ac", "2"];

    private static RenderCommand Compose(VideoTimeline timeline, RenderSettings settings, bool withAudio, int firstFrame, int? frames)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var args = new List<string> { "-hide_banner", "-nostdin", "-y" };
        args.AddRange(settings.Encoder.DeviceArguments);
        var graph = new FilterGraph();
        var inputIndex = 0;

        var videoInputs = timeline.Clips.Count(c => c.Footage.Kind == FootageKind.Video);
        var decoderThreads = settings.DecoderThreads(videoInputs);
        var clipLabels = new List<ClipStream>();
        foreach (var clip in timeline.Clips)
        {
            clipLabels.Add(AddClip(graph, args, ref inputIndex, clip, timeline, decoderThreads));
        }

        var video = JoinClips(graph, clipLabels, timeline, spliceTransitions: !settings.MemoryBound(videoInputs));
        var finishing = new List<Filter>();
        if (timeline.CaptionsPath is not null)
        {
            if (firstFrame > 0)
            {
                // libass draws by the frame's time: a part's frames are shifted to their time in the whole video for it,
                // exactly (a rational number of frames), and back after.
                finishing.Add(new Filter("setpts").Arg($"PTS+{firstFrame}/({timeline.Fps}*TB)"));
            }

            finishing.Add(new Filter("ass").Set("filename", timeline.CaptionsPath));
            if (firstFrame > 0)
            {
                finishing.Add(new Filter("setpts").Arg("PTS-STARTPTS"));
            }
        }

        finishing.Add(new Filter("format").Set("pix_fmts", "yuv420p"));
        graph.Add([video], finishing, ["vout"]);
        if (settings.Encoder.UploadFilters is { } upload)
        {
            graph.Add(["vout"], [new Filter(upload)], ["venc"]);
        }

        var videoOut = settings.Encoder.UploadFilters is null ? "[vout]" : "[venc]";
        if (withAudio)
        {
            AudioGraph.Add(graph, args, ref inputIndex, timeline.Audio, timeline.Duration, settings.MusicStemOnly);
        }

        args.AddRange([settings.GraphFileOption, settings.GraphPath, "-map", videoOut]);
        if (withAudio)
        {
            args.AddRange(["-map", "[aout]"]);
        }

        args.AddRange(settings.EncoderArguments(timeline.Fps, videoInputs));
        args.AddRange(["-r", timeline.Fps.ToString(CultureInfo.InvariantCulture), "-fps_mode", "cfr"]);
        if (withAudio)
        {
            args.AddRange([.. AudioOutput, "-t", Seconds(timeline.Duration), "-movflags", "+faststart"]);
        }
        else
        {
            args.AddRange(["-an", "-frames:v", (frames ?? (int)Math.Round(timeline.Duration * timeline.Fps)).ToString(CultureInfo.InvariantCulture),
                "-video_track_timescale", (timeline.Fps * 512).ToString(CultureInfo.InvariantCulture)]);
        }

        args.AddRange(["-f", "mp4", settings.OutputPath]);
        return new RenderCommand(args, graph.ToString(), settings.GraphPath, timeline.Duration)
        {
            Environment = settings.MemoryBound(videoInputs) ? RenderCommand.MemoryBoundEnvironment : null,
        };
    }

    /// <summary>A clip's stream in the graph; procedural clips stay small until they are joined.</summary>
    private sealed record ClipStream(string Label, bool Small);

    private static ClipStream AddClip(FilterGraph graph, List<string> args, ref int inputIndex, TimelineClip clip, VideoTimeline timeline, int decoderThreads)
    {
        var size = timeline.Size;
        var fps = timeline.Fps;
        var length = clip.Duration;
        var footage = clip.Footage;
        switch (footage.Kind)
        {
            case FootageKind.Procedural:
                // A clip that continues from an earlier part is drawn from its own start and its first frames dropped, so
                // the drift goes on where it left off.
                var procedural = ProceduralGraph.Add(graph, footage.Procedural!, size, fps, clip.Offset + length);
                return new(graph.Then(procedural, "c", Window(clip, fps), new Filter("setpts").Arg("PTS-STARTPTS")), Small: true);

            case FootageKind.Image:
                // Decoded at 1 fps and scaled once a second; the pan is a cheap per-frame crop of the bigger image.
                // The pan is paced by the whole clip, also when a part shows only a piece of it.
                var whole = clip.FullDuration ?? length;
                args.AddRange(["-loop", "1", "-framerate", "1", "-t", Seconds(clip.Offset + length + 1), "-i", footage.Path!]);
                var image = $"{inputIndex++}:v";
                var panWidth = Even(size.Width * 1.12);
                var panHeight = Even(size.Height * 1.12);
                var fitted = FitFilters(graph, image, timeline.Fit, new(panWidth, panHeight));
                var direction = clip.Index % 2 == 0 ? "t" : $"({Seconds(whole)}-t)";
                return new(graph.Then(fitted, "c",
                    new Filter("fps").Set("fps", fps),
                    new Filter("crop").Set("w", size.Width).Set("h", size.Height)
                        .Set("x", $"(iw-ow)*{direction}/{Seconds(whole)}")
                        .Set("y", $"(ih-oh)*(0.5+0.5*sin({direction}/{Seconds(whole)}*1.5708))"),
                    new Filter("setsar").Arg("1"),
                    Window(clip, fps),
                    new Filter("setpts").Arg("PTS-STARTPTS")), Small: false);

            case FootageKind.Video:
                var available = footage.DurationSeconds ?? double.MaxValue;
                var sourceIn = clip.SourceIn + clip.Offset;
                if (available < sourceIn + length)
                {
                    // Shorter than the clip: loop it rather than leave the frame frozen or black.
                    args.AddRange(["-stream_loop", "-1"]);
                }

                args.AddRange([
                    "-threads", decoderThreads.ToString(CultureInfo.InvariantCulture),
                    "-ss", Seconds(sourceIn), "-t", Seconds(length + 0.1), "-an", "-i", footage.Path!,
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
    /// Joins clips with xfade transitions (or plain concatenation when there are none). Runs of procedural clips are
    /// blended while still small and scaled up once; the runs and the real footage are then joined at frame size,
    /// segment after segment, so one decoder at a time feeds the join. Splicing blends only the overlaps (fast, see
    /// TransitionSplice) but each transition keeps three more frame pools alive to the end (measured with 16 video
    /// inputs: peak RSS 1014 -> 1215 MiB), so a memory-bound render chains xfades over whole clips instead.
    /// </summary>
    private static string JoinClips(FilterGraph graph, List<ClipStream> streams, VideoTimeline timeline, bool spliceTransitions)
    {
        string Full(ClipStream stream) => stream.Small ? ProceduralGraph.ScaleUp(graph, stream.Label, timeline.Size) : stream.Label;
        var clips = timeline.Clips;
        if (streams.Count > 1 && clips.Skip(1).All(c => c.TransitionIn is null))
        {
            var joined = graph.NewLabel("cat");
            var full = streams.Select(Full).ToList();
            graph.Add(full, [new Filter("concat").Set("n", full.Count).Set("v", 1).Set("a", 0)], [joined]);
            return joined;
        }

        // Consecutive clips of the same size form a group, blended by a chain of xfades at their own size.
        var groups = new List<(int First, string Label)>();
        for (var i = 0; i < streams.Count; i++)
        {
            if (i == 0 || streams[i].Small != streams[i - 1].Small || !streams[i].Small)
            {
                groups.Add((i, streams[i].Label));
                continue;
            }

            var group = groups[^1];
            groups[^1] = (group.First, Crossfade(graph, group.Label, streams[i].Label, clips[i], clips[group.First].Start));
        }

        if (!spliceTransitions)
        {
            var current = streams[groups[0].First].Small ? Full(new ClipStream(groups[0].Label, true)) : groups[0].Label;
            foreach (var (first, label) in groups.Skip(1))
            {
                var next = streams[first].Small ? Full(new ClipStream(label, true)) : label;
                current = Crossfade(graph, current, next, clips[first], 0);
            }

            return current;
        }

        // The groups at frame size: only their overlaps are blended.
        var pieces = groups.Select((group, g) =>
        {
            var last = g + 1 < groups.Count ? groups[g + 1].First - 1 : clips.Count - 1;
            var label = streams[group.First].Small ? Full(new ClipStream(group.Label, true)) : group.Label;
            return new TransitionSplice.Piece(label, clips[last].End - clips[group.First].Start, clips[group.First].TransitionIn);
        }).ToList();
        return TransitionSplice.Join(graph, pieces, timeline.Fps);
    }

    /// <summary>Blends <paramref name="next"/> in over the end of <paramref name="accumulated"/>, which began at <paramref name="origin"/>.</summary>
    private static string Crossfade(FilterGraph graph, string accumulated, string next, TimelineClip clip, double origin)
    {
        var transition = clip.TransitionIn
            ?? throw new InvalidOperationException($"Clip {clip.Index} has no transition in a timeline that crossfades.");
        var output = graph.NewLabel("x");
        graph.Add([accumulated, next], [new Filter("xfade")
            .Set("transition", transition.Name)
            .Set("duration", transition.Duration)
            .Set("offset", Math.Round(clip.Start - origin, 3))], [output]);
        return output;
    }

    private static Filter Trim(double length) => new Filter("trim").Set("duration", length);

    /// <summary>The part of a clip on screen: all of it, or (cut by a part of a segmented render) the frames from its offset.</summary>
    private static Filter Window(TimelineClip clip, int fps)
    {
        if (clip.Offset <= 0)
        {
            return Trim(clip.Duration);
        }

        var first = (int)Math.Round(clip.Offset * fps);
        return new Filter("trim").Set("start_frame", first).Set("end_frame", first + (int)Math.Round(clip.Duration * fps));
    }

    private static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2) * 2);

    internal static string Seconds(double value) => Filter.FormatNumber(value);
}
