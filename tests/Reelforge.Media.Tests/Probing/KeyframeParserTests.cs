using Reelforge.Media.Probing;

namespace Reelforge.Media.Tests.Probing;

public class KeyframeParserTests
{
    [Fact]
    public void Parse_PacketCsv_KeepsOnlyKeyframesInOrder()
    {
        const string Csv = "0.000000,K_\n0.033333,__\n0.066667,__\n8.333333,K_\n8.366667,__\n";

        Assert.Equal([0.0, 8.333333], KeyframeParser.Parse(Csv));
    }

    [Fact]
    public async Task KeyframesAsync_RealEncodeWithOneSecondGops_FindsAKeyframeEachSecond()
    {
        var dir = Directory.CreateTempSubdirectory("reelforge-keyframes");
        var path = Path.Combine(dir.FullName, "gop.mp4");
        await new FfmpegRunner().RunAsync(MediaTool.Ffmpeg,
            ["-hide_banner", "-y", "-f", "lavfi", "-i", "testsrc2=size=160x90:rate=30", "-t", "3", "-c:v", "libx264", "-g", "30", "-keyint_min", "30", "-sc_threshold", "0", path]);

        var keyframes = await new FfprobeClient(new FfmpegRunner()).KeyframesAsync(path);

        Assert.Equal([0.0, 1.0, 2.0], keyframes.Select(k => Math.Round(k, 2)));
        dir.Delete(recursive: true);
    }
}
