using System.Globalization;
using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Media;
using Reelforge.Media.Encoders;
using Reelforge.Pipeline.Generation;
using Reelforge.Pipeline.Render;
using Reelforge.Pipeline.Render.Segments;
using Reelforge.TestSupport;
using static Reelforge.Pipeline.Tests.Compose.TimelineFixtures;

namespace Reelforge.Pipeline.Tests.Render;

/// <summary>
/// A real segmented render (three parts, two joins, each right after a fade, each cutting a clip: a procedural one and
/// a video) against the same timeline rendered in one pass: at every join no frame is frozen, dropped or doubled,
/// timestamps step by exactly one frame, sound and picture start together, and captions are where they were.
/// </summary>
public sealed class SegmentedRenderTests : IDisposable
{
    private const int Fps = 30;
    private readonly TempDirectory _dir = new();
    private readonly FfmpegRunner _runner = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task SegmentedRender_MatchesOnePassFrameForFrameAcrossEveryJoin()
    {
        var timeline = Timeline();
        var onePass = _dir.File("one-pass.mp4");
        var command = RenderCommandBuilder.Build(timeline, new RenderSettings(onePass, RenderQuality.Draft));
        await command.WriteGraphAsync();
        await _runner.RunAsync(MediaTool.Ffmpeg, command.Arguments);

        var work = Directory.CreateDirectory(_dir.File("work")).FullName;
        var stage = new RenderStage(_runner, RenderQuality.Draft, new RenderOptions { SegmentSeconds = 5 }, Libx264, new LocalSegmentRunner(_runner, 2));
        var outcome = await stage.RunAsync(timeline, new StageContext(work, _dir.File("cache")), CancellationToken.None);
        var segmented = RenderStage.OutputIn(work);

        Assert.Equal(RenderOutcome.Segmented, outcome.Mode);
        Assert.Equal([120, 165, 195], outcome.Segments.Select(s => s.Frames));
        var joins = new[] { 120, 285 };

        // Timestamps: every frame one frame after the last, the count exact.
        var pts = await FrameTimesAsync(segmented);
        Assert.Equal(480, pts.Count);
        var steps = pts.Zip(pts.Skip(1), (a, b) => Math.Round((b - a) * Fps, 3)).ToList();
        Assert.All(steps, step => Assert.Equal(1.0, step));

        // Sound and picture: start together and end within a frame of each other.
        var streams = await StreamTimesAsync(segmented);
        Assert.InRange(Math.Abs(streams["video"].Start - streams["audio"].Start), 0, 1.0 / Fps);
        Assert.InRange(Math.Abs(streams["video"].Duration - 16.0), 0, 1.0 / Fps);
        Assert.InRange(Math.Abs(streams["audio"].Duration - 16.0), 0, 1.0 / Fps);

        // Pictures: the same as one pass at every frame (a frame dropped or doubled at a join would shift all after it;
        // a caption a frame early or late would differ there).
        var psnr = await PsnrPerFrameAsync(onePass, segmented);
        Assert.Equal(480, psnr.Count);
        var worst = psnr.Select((value, frame) => (value, frame)).MinBy(p => p.value);
        Assert.True(worst.value >= 30, $"frame {worst.frame} differs from the one-pass render: PSNR {worst.value:0.0} dB");
        foreach (var join in joins)
        {
            Assert.All(Enumerable.Range(join - 2, 4), f => Assert.True(psnr[f] >= 30, $"frame {f} at the join {join}: PSNR {psnr[f]:0.0} dB"));
        }

        // And a real cut shows as one: the same frames shifted by one are far apart, so the check above can fail.
        var shifted = await PsnrPerFrameAsync(onePass, segmented, shiftSecond: true);
        Assert.True(shifted.Take(100).Average() < psnr.Take(100).Average() - 6, "a one-frame shift must be visible to this check");
    }

    [Fact]
    public async Task SegmentedRender_AfterACrash_ReusesTheFinishedPartsAndCleansUpAfterTheJoin()
    {
        var timeline = Timeline();
        var work = Directory.CreateDirectory(_dir.File("work")).FullName;
        var options = new RenderOptions { SegmentSeconds = 5 };
        var context = new StageContext(work, _dir.File("cache"));
        // The crash: every part rendered, then the last one lost with the process, before the join.
        var crashing = new RenderStage(_runner, RenderQuality.Draft, options, Libx264, new CrashAfterParts(new LocalSegmentRunner(_runner, 2)));
        await Assert.ThrowsAsync<IOException>(() => crashing.RunAsync(timeline, context, CancellationToken.None));
        Assert.Equal(2, Directory.GetFiles(work, "part-*.mp4", SearchOption.AllDirectories).Count(p => !p.Contains(".partial", StringComparison.Ordinal)));

        var again = await new RenderStage(_runner, RenderQuality.Draft, options, Libx264, new LocalSegmentRunner(_runner, 2))
            .RunAsync(timeline, context, CancellationToken.None);

        Assert.Equal([true, true, false], again.Segments.Select(s => s.Reused));
        Assert.True(File.Exists(RenderStage.OutputIn(work)));
        Assert.Empty(Directory.GetDirectories(work, "parts-*"));
    }

    private static EncoderSelection Libx264 => new("libx264", VideoEncoder.Libx264, "libx264 was asked for");

    /// <summary>Renders every part, then loses the last one and dies, as a crashed worker would.</summary>
    private sealed class CrashAfterParts(ISegmentRunner inner) : ISegmentRunner
    {
        public async Task<IReadOnlyList<SegmentOutcome>> RunAsync(SegmentBatch batch, IProgress<SegmentProgress>? progress, CancellationToken cancellationToken)
        {
            await inner.RunAsync(batch, progress, cancellationToken);
            File.Delete(batch.Segments[^1].OutputPath);
            throw new IOException("the worker died");
        }
    }

    /// <summary>16 s: video, procedural, image, video, video, with half-second fades; frame-exact clip times.</summary>
    private VideoTimeline Timeline()
    {
        var a = MediaFixtures.Video(_dir.Path, "a.mp4", 360, 640, 8);
        var b = MediaFixtures.Video(_dir.Path, "b.mp4", 640, 360, 8);
        var image = MediaFixtures.Image(_dir.Path, "still.png", 640, 480);
        var fade = new ClipTransition("fade", 0.5);
        FootageItem Video(string path, int w, int h) => new(path, "local", FootageKind.Video, path, 8, w, h);
        var clips = new List<TimelineClip>
        {
            new(0, 0, Video(a, 360, 640), 0.5, 0, 4.0, null),
            new(1, 0, Procedural(1), 0, 3.5, 3.0, fade),
            new(2, 1, new FootageItem(image, "local", FootageKind.Image, image, null, 640, 480), 0, 6.0, 3.5, fade),
            new(3, 1, Video(b, 640, 360), 1.0, 9.0, 4.0, fade),
            new(4, 2, Video(a, 360, 640), 2.0, 12.5, 3.5, fade),
        };
        var voice = MediaFixtures.Tone(_dir.Path, "voice.wav", 16, 300, -18);
        return new VideoTimeline(new FrameSize(360, 640), Fps, 16.0, clips, new AudioPlan(voice, 0, null, 0, 0, 1), Captions(), FootageFit.Crop);
    }

    /// <summary>Captions that change right at and across the joins (4.0 s and 9.5 s).</summary>
    private string Captions()
    {
        var path = _dir.File("captions.ass");
        File.WriteAllText(path, """
            [Script Info]
            ScriptType: v4.00+
            PlayResX: 360
            PlayResY: 640

            [V4+ Styles]
            Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
            Style: Default,Noto Sans,40,&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,1,0,0,0,100,100,0,0,1,3,0,2,10,10,80,1

            [Events]
            Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
            Dialogue: 0,0:00:03.20,0:00:04.00,Default,,0,0,0,,BEFORE
            Dialogue: 0,0:00:04.00,0:00:04.80,Default,,0,0,0,,AFTER
            Dialogue: 0,0:00:09.00,0:00:10.00,Default,,0,0,0,,ACROSS
            """);
        return path;
    }

    private async Task<List<double>> FrameTimesAsync(string path)
    {
        var result = await _runner.RunAsync(MediaTool.Ffprobe, ["-v", "error", "-select_streams", "v", "-show_entries", "frame=pts_time", "-of", "csv=p=0", path]);
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => double.Parse(l.TrimEnd(','), CultureInfo.InvariantCulture)).ToList();
    }

    private async Task<Dictionary<string, (double Start, double Duration)>> StreamTimesAsync(string path)
    {
        var result = await _runner.RunAsync(MediaTool.Ffprobe, ["-v", "error", "-show_entries", "stream=codec_type,start_time,duration", "-of", "csv=p=0", path]);
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => (double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture)));
    }

    /// <summary>PSNR of each frame of <paramref name="b"/> against <paramref name="a"/> (or against a's next frame).</summary>
    private async Task<List<double>> PsnrPerFrameAsync(string a, string b, bool shiftSecond = false)
    {
        var stats = _dir.File(shiftSecond ? "psnr-shifted.log" : "psnr.log");
        var filter = shiftSecond
            ? "[0:v]trim=start_frame=1,setpts=PTS-STARTPTS[a];[a][1:v]psnr=stats_file=" + stats
            : "[0:v][1:v]psnr=stats_file=" + stats;
        await _runner.RunAsync(MediaTool.Ffmpeg, ["-hide_banner", "-nostdin", "-i", a, "-i", b, "-filter_complex", filter, "-f", "null", "-"]);
        return (await File.ReadAllLinesAsync(stats))
            .Select(line => line.Split(' ').First(f => f.StartsWith("psnr_avg:", StringComparison.Ordinal))["psnr_avg:".Length..])
            .Select(v => v == "inf" ? 100 : double.Parse(v, CultureInfo.InvariantCulture))
            .ToList();
    }
}
