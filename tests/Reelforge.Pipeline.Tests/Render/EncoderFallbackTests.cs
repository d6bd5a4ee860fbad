using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Media;
using Reelforge.Media.Encoders;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Generation;
using Reelforge.Pipeline.Render;
using Reelforge.Pipeline.Render.Segments;
using Reelforge.TestSupport;
using static Reelforge.Pipeline.Tests.Compose.TimelineFixtures;

namespace Reelforge.Pipeline.Tests.Render;

/// <summary>
/// A hardware encoder that passes its one-frame test and then fails in the real render (simulated by a fake ffmpeg that
/// fails every nvenc encode but the one-frame test): the render is done again with libx264 and succeeds.
/// </summary>
public sealed class EncoderFallbackTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeHardwareFfmpeg _fake = new(FakeEncoderBehaviour.FailsMidTask);

    public void Dispose()
    {
        _fake.Dispose();
        _dir.Dispose();
    }

    [Theory]
    [InlineData(60, RenderOutcome.OnePass)]
    [InlineData(5, RenderOutcome.Segmented)]
    public async Task HardwareEncoderFailingMidTask_FallsBackToLibx264AndSucceeds(double segmentSeconds, string mode)
    {
        var runner = new FfmpegRunner(_fake.Tools);
        var selection = await runner.Encoders.SelectAsync("auto");
        Assert.Equal("nvenc", selection.Encoder.Name);
        var work = Directory.CreateDirectory(_dir.File("work")).FullName;
        var reports = new List<StageProgress>();
        var stage = new RenderStage(runner, RenderQuality.Draft, new RenderOptions { SegmentSeconds = segmentSeconds }, selection, new LocalSegmentRunner(runner, 2));

        var outcome = await stage.RunAsync(Timeline(), new StageContext(work, _dir.File("cache"), new InlineProgress<StageProgress>(reports.Add)), CancellationToken.None);

        Assert.Equal(mode, outcome.Mode);
        Assert.Equal("libx264", outcome.Encoder);
        Assert.Contains("nvenc failed during the render", outcome.Fallback);
        Assert.Equal("auto: nvenc works", outcome.Selection);
        Assert.Contains(reports, r => r.Detail?.Contains("rendered again with libx264", StringComparison.Ordinal) == true);
        Assert.Contains(_fake.Invocations, call => call.Contains("h264_nvenc", StringComparison.Ordinal) && !System.Text.RegularExpressions.Regex.IsMatch(call, @"-frames:v 1\b"));
        var probe = await new FfprobeClient(new FfmpegRunner()).ProbeAsync(RenderStage.OutputIn(work));
        Assert.Equal("h264", probe.Video!.CodecName);
        Assert.Equal(12, probe.Duration!.Value, 1);
    }

    private VideoTimeline Timeline()
    {
        var fade = new ClipTransition("fade", 0.5);
        var clips = Enumerable.Range(0, 4).Select(i => new TimelineClip(i, i, Procedural(i), 0, i * 3.5, i == 3 ? 1.5 : 4, i == 0 ? null : fade)).ToList();
        clips[^1] = clips[^1] with { Duration = 12 - clips[^1].Start };
        var voice = MediaFixtures.Tone(_dir.Path, "voice.wav", 12, 300, -18);
        return new VideoTimeline(new FrameSize(180, 320), 30, 12, clips, new AudioPlan(voice, 0, null, 0, 0, 1), null, FootageFit.Crop);
    }
}
