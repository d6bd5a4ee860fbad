using Reelforge.Core.Footage;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Media;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Captions;
using Reelforge.Pipeline.Compose;
using Reelforge.Pipeline.Generation;
using Reelforge.TestSupport;

namespace Reelforge.Pipeline.Tests.Compose;

public sealed class ComposeStageTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private StageContext Context => new(_work.Path, _work.File("cache"));

    /// <summary>Silent narration (no audio file) and no music: the audio plan measures nothing, so no ffmpeg runs.</summary>
    private static GatheredScript Script(CaptionMode captions, params IReadOnlyList<FootageItem>[] footage)
    {
        var request = TimelineFixtures.Request(footage.Length) with
        {
            Captions = new CaptionStyle { Mode = captions },
            Music = new MusicOptions { None = true },
        };
        var sentences = footage.Select((_, i) => new SpokenSentence(i, $"Scene {i}.", i * 4.0, (i * 4.0) + 3.5, [], WordTimingSource.ReadingSpeed)).ToList();
        return new GatheredScript(
            request,
            new NarrationTrack(null, sentences[^1].End, sentences, null, "en"),
            footage.Select((f, i) => new SceneFootage(i, f)).ToList());
    }

    [Fact]
    public async Task Run_CaptionsOn_BurnsInTheCaptionStageAssFile()
    {
        var timeline = await new ComposeStage(new FfmpegRunner()).RunAsync(
            Script(CaptionMode.Sentence, [TimelineFixtures.Procedural(1)], [TimelineFixtures.Procedural(2)]), Context, CancellationToken.None);

        Assert.Equal(CaptionFiles.In(_work.Path).Ass, timeline.CaptionsPath);
        Assert.Equal([0, 1], timeline.Clips.Select(c => c.SceneIndex).Distinct());
        Assert.Null(timeline.Audio.MusicPath);
    }

    [Fact]
    public async Task Run_CaptionsOff_BurnsInNothing()
    {
        var timeline = await new ComposeStage(new FfmpegRunner()).RunAsync(
            Script(CaptionMode.Off, [TimelineFixtures.Procedural(1)]), Context, CancellationToken.None);

        Assert.Null(timeline.CaptionsPath);
    }

    [Fact]
    public async Task Run_LongVideoClip_StartsItAtOneOfItsKeyframes()
    {
        // Ten seconds with a keyframe every second: a 3.5 s scene has 6.4 s of slack to start in, and without
        // keyframes the in-point would be a random fraction of that.
        var path = _work.File("long.mp4");
        RequiredTool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=180x320:rate=30",
            "-t", "10", "-c:v", "libx264", "-preset", "ultrafast", "-g", "30", "-keyint_min", "30", "-sc_threshold", "0", "-pix_fmt", "yuv420p", path);
        var runner = new FfmpegRunner();
        var keyframes = await new FfprobeClient(runner).KeyframesAsync(path);
        var video = new FootageItem(path, "local", FootageKind.Video, path, 10, 180, 320);

        var timeline = await new ComposeStage(runner).RunAsync(Script(CaptionMode.Sentence, [video]), Context, CancellationToken.None);

        var clips = timeline.Clips.Where(c => c.Footage.Kind == FootageKind.Video).ToList();
        Assert.NotEmpty(clips);
        Assert.True(keyframes.Count >= 5, $"{keyframes.Count} keyframes");
        Assert.All(clips, c => Assert.Equal(keyframes, c.Footage.KeyframeTimes));
        Assert.All(clips, c => Assert.Contains(keyframes, k => Math.Abs(k - c.SourceIn) < 0.001));
    }
}
