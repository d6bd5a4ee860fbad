using Reelforge.Media.Capabilities;
using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests;

/// <summary>Why a process could not start is reported as what it was; only a missing executable is "not found".</summary>
public sealed class ProcessStartFailureTests
{
    [Fact]
    public async Task RunAsync_ArgumentOverLinuxLimit_SaysArgumentListTooLongNotNotFound()
    {
        var runner = Ffmpeg.RequireRunner();
        var huge = "null," + string.Concat(Enumerable.Repeat("null,", 30_000)) + "null";

        var error = await Assert.ThrowsAsync<ProcessStartException>(() => runner.RunAsync(
            MediaTool.Ffmpeg, ["-hide_banner", "-f", "lavfi", "-i", "testsrc=d=0.1", "-vf", huge, "-f", "null", "-"]));

        Assert.Equal(ProcessStartException.ArgumentListTooLong, error.ErrorNumber);
        Assert.Contains("argument list is too long", error.Message);
        Assert.DoesNotContain("not found", error.Message);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task RunAsync_ExecutableWithoutExecuteBit_SaysPermissionDenied()
    {
        using var directory = new TempDirectory();
        var fake = Path.Combine(directory.Path, "ffmpeg");
        await File.WriteAllTextAsync(fake, "#!/bin/sh\nexit 0\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var runner = new FfmpegRunner(new FfmpegTools { FfmpegPath = fake });

        var error = await Assert.ThrowsAsync<ProcessStartException>(() => runner.RunAsync(MediaTool.Ffmpeg, ["-version"]));

        Assert.Equal(ProcessStartException.PermissionDenied, error.ErrorNumber);
        Assert.Contains("permission denied", error.Message);
        Assert.Contains(fake, error.Message);
    }

    [Fact]
    public async Task RunAsync_GraphOverArgumentLimitThroughFile_Runs()
    {
        var runner = Ffmpeg.RequireRunner();
        var capabilities = await runner.Capabilities.GetAsync();
        using var directory = new TempDirectory();
        var script = Path.Combine(directory.Path, "graph.txt");
        // Past the 128 KiB one argument may have, by a long label (ffmpeg's graph parser is slow with tens of
        // thousands of filters, and this is about size, not count).
        var label = new string('l', 140_000);
        await File.WriteAllTextAsync(script, $"testsrc=size=64x64:rate=10:duration=0.5[{label}];[{label}]null[out]");
        Assert.True(new FileInfo(script).Length > 128 * 1024);

        var result = await runner.RunAsync(
            MediaTool.Ffmpeg, ["-hide_banner", capabilities.FilterGraphFileOption, script, "-map", "[out]", "-f", "null", "-"]);

        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("5.1.9", "-filter_complex_script")]
    [InlineData("6.1", "-filter_complex_script")]
    [InlineData("7.0", "-/filter_complex")]
    [InlineData("8.0.1", "-/filter_complex")]
    [InlineData(null, "-/filter_complex")]
    public void FilterGraphFileOption_FollowsTheRelease(string? release, string option) =>
        Assert.Equal(option, MediaCapabilities.FilterGraphFileOptionFor(release is null ? null : Version.Parse(release)));
}
