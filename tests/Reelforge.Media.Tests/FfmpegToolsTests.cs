namespace Reelforge.Media.Tests;

public sealed class FfmpegToolsTests
{
    [Fact]
    public void ResolveExecutable_UnknownName_ThrowsWithInstallCommand()
    {
        var tools = new FfmpegTools { FfmpegPath = "reelforge-no-such-ffmpeg" };

        var error = Assert.Throws<ToolNotFoundException>(() => tools.ResolveExecutable(MediaTool.Ffmpeg));

        Assert.Equal(MediaTool.Ffmpeg, error.Tool);
        Assert.Contains("reelforge-no-such-ffmpeg", error.Message);
        Assert.Contains("install with: sudo apt-get install -y ffmpeg", error.Message);
    }

    [Fact]
    public void ResolveExecutable_MissingAbsolutePath_Throws()
    {
        var tools = new FfmpegTools { FfprobePath = "/nonexistent/bin/ffprobe" };

        var error = Assert.Throws<ToolNotFoundException>(() => tools.ResolveExecutable(MediaTool.Ffprobe));

        Assert.Contains("ffprobe was not found", error.Message);
    }

    [Fact]
    public void ResolveExecutable_ExistingAbsolutePath_ReturnsIt()
    {
        var tools = new FfmpegTools { FfmpegPath = "/bin/sh" };

        Assert.Equal("/bin/sh", tools.ResolveExecutable(MediaTool.Ffmpeg));
    }
}
