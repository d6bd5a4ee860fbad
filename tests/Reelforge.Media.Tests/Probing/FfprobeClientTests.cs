using Reelforge.Media.Probing;
using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests.Probing;

public sealed class FfprobeClientTests
{
    [Fact]
    public async Task ProbeAsync_FreshH264Encode_ReportsWhatWasEncoded()
    {
        var runner = Ffmpeg.RequireRunner();
        using var temp = new TempDirectory();
        var path = await Ffmpeg.MakeAsync(
            runner,
            temp.File("clip with space.mp4"),
            "-f", "lavfi", "-i", "testsrc=size=160x90:rate=25:duration=1",
            "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100:duration=1",
            "-c:v", "libx264", "-profile:v", "main", "-pix_fmt", "yuv420p", "-c:a", "aac", "-ac", "2");

        var probe = await new FfprobeClient(runner).ProbeAsync(path, CancellationToken.None);

        Assert.Equal("h264", probe.Video!.CodecName);
        Assert.Equal("Main", probe.Video.Profile);
        Assert.Equal((160, 90), (probe.Video.Width, probe.Video.Height));
        Assert.Equal(25.0, probe.Video.FrameRate);
        Assert.Equal("aac", probe.Audio!.CodecName);
        Assert.Equal(2, probe.Audio.Channels);
        Assert.InRange(probe.Duration!.Value, 0.95, 1.1);
        Assert.Equal(new FileInfo(path).Length, probe.SizeBytes);
    }

    [Fact]
    public async Task ProbeAsync_MissingFile_ThrowsWithFfprobeReason()
    {
        var runner = Ffmpeg.RequireRunner();

        var error = await Assert.ThrowsAsync<FfmpegException>(() =>
            new FfprobeClient(runner).ProbeAsync("/nonexistent/clip.mp4", CancellationToken.None));

        Assert.Equal(MediaTool.Ffprobe, error.Tool);
        Assert.Contains("No such file or directory", error.Message);
    }
}
