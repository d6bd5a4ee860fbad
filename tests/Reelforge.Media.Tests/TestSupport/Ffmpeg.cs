namespace Reelforge.Media.Tests.TestSupport;

/// <summary>
/// Entry point for tests that run the real tools: a missing ffmpeg fails the test with the install
/// command instead of skipping it.
/// </summary>
internal static class Ffmpeg
{
    public static FfmpegRunner RequireRunner()
    {
        try
        {
            FfmpegTools.Default.ResolveExecutable(MediaTool.Ffmpeg);
            FfmpegTools.Default.ResolveExecutable(MediaTool.Ffprobe);
        }
        catch (ToolNotFoundException ex)
        {
            Assert.Fail($"This test runs the real ffmpeg/ffprobe; install with: sudo apt-get install -y ffmpeg ({ex.Message})");
        }

        return new FfmpegRunner(FfmpegTools.Default);
    }

    /// <summary>Makes a small file from lavfi sources; arguments go between the inputs and the output path.</summary>
    public static async Task<string> MakeAsync(FfmpegRunner runner, string outputPath, params string[] arguments)
    {
        await runner.RunAsync(
            MediaTool.Ffmpeg,
            ["-hide_banner", "-v", "error", "-y", .. arguments, outputPath],
            options: null,
            CancellationToken.None);
        return outputPath;
    }
}
