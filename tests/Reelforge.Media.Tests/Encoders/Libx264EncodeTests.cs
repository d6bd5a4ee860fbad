using System.Globalization;
using Reelforge.Media.Encoders;
using Reelforge.Media.Probing;
using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests.Encoders;

/// <summary>The libx264 path for real: each quality's arguments make H.264 in closed two-second GOPs that cut by stream copy.</summary>
public sealed class Libx264EncodeTests
{
    [Theory]
    [InlineData(EncoderQuality.Draft)]
    [InlineData(EncoderQuality.Standard)]
    [InlineData(EncoderQuality.High)]
    public async Task Encode_EachQuality_WritesHighProfileH264WithKeyframesEveryTwoSeconds(EncoderQuality quality)
    {
        var runner = Ffmpeg.RequireRunner();
        using var dir = new TempDirectory();
        var output = dir.File("out.mp4");

        await Ffmpeg.MakeAsync(
            runner,
            output,
            ["-f", "lavfi", "-i", "testsrc2=s=320x240:r=30:d=5", .. VideoEncoder.Libx264.OutputArguments(quality, 30, EncoderTuning.Default)]);
        var ffprobe = new FfprobeClient(runner);
        var video = (await ffprobe.ProbeAsync(output, CancellationToken.None)).Video;
        var keyframes = await ffprobe.KeyframesAsync(output, CancellationToken.None);

        Assert.NotNull(video);
        Assert.Equal("h264", video.CodecName);
        Assert.Equal("High", video.Profile);
        Assert.Equal("yuv420p", video.PixelFormat);
        Assert.Equal([0.0, 2.0, 4.0], keyframes.Select(k => Math.Round(k, 2)));
    }

    [Fact]
    public async Task Encode_PartCutAtAKeyframeByStreamCopy_DecodesEveryFrameWithoutErrors()
    {
        var runner = Ffmpeg.RequireRunner();
        using var dir = new TempDirectory();
        var whole = await Ffmpeg.MakeAsync(
            runner,
            dir.File("whole.mp4"),
            ["-f", "lavfi", "-i", "testsrc2=s=320x240:r=30:d=4", .. VideoEncoder.Libx264.OutputArguments(EncoderQuality.Standard, 30, EncoderTuning.Default)]);
        var part = await Ffmpeg.MakeAsync(runner, dir.File("part.mp4"), ["-ss", "2", "-i", whole, "-c", "copy"]);

        var decoded = await runner.RunAsync(
            MediaTool.Ffprobe,
            ["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", part],
            options: null,
            CancellationToken.None);

        // A GOP that referenced the one before it would lose its leading frames (or log errors) once cut off from it.
        Assert.Equal(string.Empty, decoded.StandardErrorTail.Trim());
        Assert.Equal(60, int.Parse(decoded.StandardOutput.Trim(), CultureInfo.InvariantCulture));
    }
}
