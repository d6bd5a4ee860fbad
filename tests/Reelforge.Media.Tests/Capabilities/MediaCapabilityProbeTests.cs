using Reelforge.Media.Capabilities;
using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests.Capabilities;

public sealed class MediaCapabilityProbeTests
{
    [Fact]
    public async Task GetAsync_InstalledFfmpeg_FindsEncodersAndFiltersTheRendererNeeds()
    {
        var runner = Ffmpeg.RequireRunner();
        var versionLine = (await runner.RunAsync(MediaTool.Ffmpeg, ["-version"], null, CancellationToken.None)).StandardOutput;

        var capabilities = await new MediaCapabilityProbe(runner).GetAsync(CancellationToken.None);

        Assert.StartsWith($"ffmpeg version {capabilities.FfmpegVersion} ", versionLine);
        Assert.Equal(capabilities.FfmpegVersion, capabilities.FfprobeVersion);
        Assert.True(capabilities.HasEncoder("aac"));
        Assert.True(capabilities.HasFilter("ebur128"));
        Assert.True(capabilities.HasFilter("loudnorm"));
    }

    [Fact]
    public async Task GetAsync_CalledTwice_ProbesOnce()
    {
        var probe = new MediaCapabilityProbe(Ffmpeg.RequireRunner());

        var first = await probe.GetAsync(CancellationToken.None);
        var second = await probe.GetAsync(CancellationToken.None);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task GetAsync_AfterFailedProbe_TriesAgain()
    {
        var tools = new FfmpegTools { FfmpegPath = "reelforge-no-such-ffmpeg" };
        var probe = new MediaCapabilityProbe(new FfmpegRunner(tools));

        await Assert.ThrowsAsync<ToolNotFoundException>(() => probe.GetAsync(CancellationToken.None));
        var again = await Assert.ThrowsAsync<ToolNotFoundException>(() => probe.GetAsync(CancellationToken.None));

        Assert.Contains("sudo apt-get install -y ffmpeg", again.Message);
    }
}
