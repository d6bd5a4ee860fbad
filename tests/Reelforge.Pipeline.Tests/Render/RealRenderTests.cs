using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Media;
using Reelforge.Media.Loudness;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Compose;
using Reelforge.Pipeline.Render;
using Reelforge.Pipeline.Verify;
using Reelforge.TestSupport;
using static Reelforge.Pipeline.Tests.Compose.TimelineFixtures;

namespace Reelforge.Pipeline.Tests.Render;

/// <summary>Real ffmpeg renders at 360x640, checked with ffprobe and ebur128.</summary>
public sealed class RealRenderTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FfmpegRunner _runner = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A voice stand-in: a 300 Hz buzz spoken in 1.2 s bursts with 0.8 s pauses, for <paramref name="seconds"/>.</summary>
    private string PulsedVoice(double seconds)
    {
        var path = _dir.File("voice.wav");
        RequiredTool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
            "-i", $"sine=frequency=300:sample_rate=22050:duration={MediaFixtures.Invariant(seconds)}",
            "-af", "volume='if(lt(mod(t,2),1.2),0.5,0)':eval=frame", "-ac", "1", path);
        return path;
    }

    private async Task<(VideoTimeline Timeline, ProbeResult Probe, string Output)> RenderAsync(
        IReadOnlyList<FootageItem> footage, FootageFit fit, bool musicStemOnly = false, TransitionKind transition = TransitionKind.Fade, bool withMusic = true)
    {
        var voice = PulsedVoice(4);
        var music = MediaFixtures.Tone(_dir.Path, "music.wav", 8, 440, -10);
        var request = Request(1, transition, clipMin: 1.5, clipMax: 2) with
        {
            Footage = new FootageOptions { ClipMinSeconds = 1.5, ClipMaxSeconds = 2, Fit = fit },
            Music = withMusic ? new MusicOptions { File = music, Volume = 0.5 } : new MusicOptions { None = true },
        };
        var audio = await new AudioPlanner(new LoudnessMeter(_runner), _dir.File("cache")).PlanAsync(request, voice, CancellationToken.None);
        var narration = NarrationOf((0, 0, 4)) with { AudioPath = voice };
        var timeline = TimelineComposer.Compose(new CompositionInput(request, narration, [new SceneFootage(0, footage)], audio, null));
        var output = _dir.File(musicStemOnly ? "stem.mp4" : "out.mp4");
        var command = RenderCommandBuilder.Build(timeline, new RenderSettings(output, RenderQuality.Draft) { MusicStemOnly = musicStemOnly });
        await command.WriteGraphAsync();
        await _runner.RunAsync(MediaTool.Ffmpeg, command.Arguments);
        var probe = await new FfprobeClient(_runner).ProbeAsync(output);
        return (timeline, probe, output);
    }

    private IReadOnlyList<FootageItem> MixedFootage()
    {
        var portrait = MediaFixtures.Video(_dir.Path, "portrait.mp4", 240, 426, 3);
        var landscape = MediaFixtures.Video(_dir.Path, "landscape.mp4", 426, 240, 1.2, "mandelbrot");
        var image = MediaFixtures.Image(_dir.Path, "still.png", 640, 480);
        return
        [
            new FootageItem(portrait, "local", FootageKind.Video, portrait, 3, 240, 426),
            new FootageItem(landscape, "local", FootageKind.Video, landscape, 1.2, 426, 240),
            new FootageItem(image, "local", FootageKind.Image, image, null, 640, 480),
            Procedural(1),
        ];
    }

    [Fact]
    public async Task Render_MixedFootage_MeetsTheOutputContract()
    {
        var (timeline, probe, output) = await RenderAsync(MixedFootage(), FootageFit.Blur);

        Assert.Equal(4, timeline.Clips.Count);
        Assert.Empty(OutputVerifier.Check(probe, timeline));
        Assert.True(Mp4Layout.IsFastStart(output));
        Assert.Equal(5.5, probe.Video!.Duration!.Value, 1);
    }

    [Fact]
    public async Task Render_Loudness_IsMinus14LufsWithTruePeakBelowMinus1()
    {
        var (_, _, output) = await RenderAsync([Procedural(1), Procedural(2), Procedural(3)], FootageFit.Crop);

        var loudness = await new LoudnessMeter(_runner).MeasureAsync(output);
        Assert.InRange(loudness.IntegratedLufs, -15, -13);
        Assert.True(loudness.TruePeakDbfs <= -1.0, $"true peak {loudness.TruePeakDbfs} dBTP");
    }

    [Fact]
    public async Task Render_Music_IsDuckedAtLeast10DbUnderTheVoiceAndBackUpInTheTail()
    {
        var (_, _, mix) = await RenderAsync([Procedural(1), Procedural(2), Procedural(3)], FootageFit.Crop);
        var (_, _, stem) = await RenderAsync([Procedural(1), Procedural(2), Procedural(3)], FootageFit.Crop, musicStemOnly: true);
        var meter = new LoudnessMeter(_runner);

        // The voice bursts at 0-1.2 s and 2-3.2 s; the tail (4-5.5 s) has music only.
        var voiceWindow = await meter.MeasureRangeAsync(mix, 2.1, 1.0);
        var musicUnderVoice = await meter.MeasureRangeAsync(stem, 2.1, 1.0);
        var musicInTail = await meter.MeasureRangeAsync(stem, 4.4, 0.6);

        Assert.True(voiceWindow.IntegratedLufs - musicUnderVoice.IntegratedLufs >= 10,
            $"voice {voiceWindow.IntegratedLufs} LUFS, music under it {musicUnderVoice.IntegratedLufs} LUFS");
        Assert.True(musicInTail.IntegratedLufs - musicUnderVoice.IntegratedLufs >= 6,
            $"music in the tail {musicInTail.IntegratedLufs} LUFS, under the voice {musicUnderVoice.IntegratedLufs} LUFS");
    }

    [Theory]
    [InlineData(FootageFit.Crop, TransitionKind.Wipe)]
    [InlineData(FootageFit.Letterbox, TransitionKind.None)]
    public async Task Render_NoFrameIsBlack(FootageFit fit, TransitionKind transition)
    {
        var (timeline, probe, output) = await RenderAsync(MixedFootage(), fit, transition: transition);
        Assert.Empty(OutputVerifier.Check(probe, timeline));

        // blackdetect reports any stretch of (almost) entirely black frames.
        var result = await _runner.RunAsync(MediaTool.Ffmpeg,
            ["-hide_banner", "-i", output, "-vf", "blackdetect=d=0.03:pic_th=0.98", "-an", "-f", "null", "-"]);
        Assert.DoesNotContain("black_start", result.StandardErrorTail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_VoiceWithoutMusic_IsStillNormalisedAndVerified()
    {
        var (timeline, probe, output) = await RenderAsync([Procedural(1), Procedural(2)], FootageFit.Crop, withMusic: false);

        Assert.Null(timeline.Audio.MusicPath);
        Assert.Empty(OutputVerifier.Check(probe, timeline));
        var loudness = await new LoudnessMeter(_runner).MeasureAsync(output);
        Assert.InRange(loudness.IntegratedLufs, -15, -13);
    }

    /// <summary>A clip of one solid colour (no audio), so a blend between two of them can be read off a pixel.</summary>
    private FootageItem SolidClip(string name, string color)
    {
        var path = _dir.File(name);
        RequiredTool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", $"color=c={color}:size=240x426:rate=30",
            "-t", "3", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-an", path);
        return new FootageItem(path, "local", FootageKind.Video, path, 3, 240, 426);
    }

    /// <summary>The average RGB of output frame <paramref name="frame"/>.</summary>
    private async Task<byte[]> PixelAsync(string video, int frame)
    {
        var pixel = _dir.File($"pixel{frame}.rgb");
        await _runner.RunAsync(MediaTool.Ffmpeg, ["-hide_banner", "-loglevel", "error", "-y", "-i", video,
            "-vf", $"select=eq(n\\,{frame}),scale=1:1:flags=area", "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", pixel]);
        return await File.ReadAllBytesAsync(pixel);
    }

    [Fact]
    public async Task Render_Crossfade_BlendsAdjacentClipsOnlyDuringTheTransitionAndKeepsEveryFrame()
    {
        var (timeline, probe, output) = await RenderAsync([SolidClip("red.mp4", "0xFF0000"), SolidClip("blue.mp4", "0x0000FF")], FootageFit.Crop);

        Assert.Empty(OutputVerifier.Check(probe, timeline));
        Assert.Equal((long)Math.Round(timeline.Duration * timeline.Fps), probe.Video!.FrameCount);
        var changes = 0;
        for (var i = 1; i < timeline.Clips.Count; i++)
        {
            var (before, after, transition) = (timeline.Clips[i - 1], timeline.Clips[i], timeline.Clips[i].TransitionIn!);
            if (before.Footage.Path == after.Footage.Path)
            {
                continue;
            }

            changes++;
            var outgoing = await PixelAsync(output, (int)Math.Round((after.Start - 0.25) * timeline.Fps));
            var middle = await PixelAsync(output, (int)Math.Round((after.Start + (transition.Duration / 2)) * timeline.Fps));
            var incoming = await PixelAsync(output, (int)Math.Round((before.End + 0.25) * timeline.Fps));
            var outgoingRed = before.Footage.Path!.EndsWith("red.mp4", StringComparison.Ordinal);

            // The outgoing clip alone just before the transition, the incoming one alone just after it, both halfway.
            Assert.True(outgoingRed ? outgoing[0] > 200 && outgoing[2] < 60 : outgoing[2] > 200 && outgoing[0] < 60, $"before clip {i}: {string.Join(',', outgoing)}");
            Assert.True(outgoingRed ? incoming[2] > 200 && incoming[0] < 60 : incoming[0] > 200 && incoming[2] < 60, $"after clip {i}: {string.Join(',', incoming)}");
            Assert.True(middle[0] is > 70 and < 190 && middle[2] is > 70 and < 190, $"halfway into clip {i}: {string.Join(',', middle)}");
        }

        Assert.True(changes > 0, "the timeline never changed clip");
    }
}
