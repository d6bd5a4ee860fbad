using Reelforge.Media.Encoders;
using Reelforge.TestSupport;
using MediaFfmpeg = Reelforge.Media.Tests.TestSupport.Ffmpeg;

namespace Reelforge.Media.Tests.Encoders;

/// <summary>The probe against the real ffmpeg and against a fake one whose nvenc is broken (<see cref="FakeHardwareFfmpeg"/>).</summary>
public sealed class HardwareEncoderProbeTests
{
    [Fact]
    public async Task SelectAuto_WhenNvencCannotLoadItsDriver_UsesLibx264AndQuotesFfmpeg()
    {
        using var fake = new FakeHardwareFfmpeg(FakeEncoderBehaviour.ProbeFails);
        var probe = new FfmpegRunner(fake.Tools).Encoders;

        var selection = await probe.SelectAsync("auto", CancellationToken.None);

        Assert.Same(VideoEncoder.Libx264, selection.Encoder);
        Assert.StartsWith("auto: no hardware encoder works here (nvenc: fails: Cannot load libcuda.so.1; qsv: fails: ", selection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelectNvenc_WhenItFailsItsOneFrameTest_FallsBackToLibx264WithTheReason()
    {
        using var fake = new FakeHardwareFfmpeg(FakeEncoderBehaviour.ProbeFails);

        var selection = await new FfmpegRunner(fake.Tools).Encoders.SelectAsync("nvenc", CancellationToken.None);

        Assert.Same(VideoEncoder.Libx264, selection.Encoder);
        Assert.True(selection.FellBack);
        Assert.Equal("nvenc was asked for but failed its one-frame test (Cannot load libcuda.so.1); using libx264", selection.Reason);
    }

    [Fact]
    public async Task SelectAuto_WhenNvencPassesItsTest_SelectsIt_AndTheFakeFailsTheRealRender()
    {
        using var fake = new FakeHardwareFfmpeg(FakeEncoderBehaviour.FailsMidTask);
        using var dir = new Reelforge.TestSupport.TempDirectory();
        var runner = new FfmpegRunner(fake.Tools);

        var selection = await runner.Encoders.SelectAsync("auto", CancellationToken.None);
        var output = dir.File("out.mp4");
        var render = await Assert.ThrowsAsync<FfmpegException>(() => runner.RunAsync(
            MediaTool.Ffmpeg,
            ["-hide_banner", "-f", "lavfi", "-i", "testsrc2=s=320x240:r=30:d=2", .. selection.Encoder.OutputArguments(EncoderQuality.Draft, 30, EncoderTuning.Default), "-y", output],
            options: null,
            CancellationToken.None));

        Assert.Same(VideoEncoder.Nvenc, selection.Encoder);
        Assert.Equal("auto: nvenc works", selection.Reason);
        Assert.Contains("EncodePicture failed!", render.StandardErrorTail, StringComparison.Ordinal);
        Assert.True(File.Exists(output), "a mid-task failure leaves a partial output behind");
    }

    [Fact]
    public async Task GetAsync_WithABuildWithoutHardwareEncoders_RunsNoOneFrameTest()
    {
        using var fake = new FakeHardwareFfmpeg(FakeEncoderBehaviour.ProbeFails, listing: CapturedFfmpegListing.WithoutHardware);

        var results = await new FfmpegRunner(fake.Tools).Encoders.GetAsync(CancellationToken.None);

        Assert.All(results, r => Assert.Equal(EncoderProbeStatus.NotListed, r.Status));
        Assert.DoesNotContain(fake.Invocations, call => call.Contains("-frames:v 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAsync_CalledTwice_TestsEachEncoderOnce()
    {
        using var fake = new FakeHardwareFfmpeg(FakeEncoderBehaviour.ProbeFails);
        var probe = new FfmpegRunner(fake.Tools).Encoders;

        var first = await probe.GetAsync(CancellationToken.None);
        var second = await probe.GetAsync(CancellationToken.None);

        Assert.Same(first, second);
        Assert.Single(fake.Invocations, call => call.Contains("h264_nvenc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAsync_AfterAProbeThatCouldNotRun_TriesAgain()
    {
        var probe = new FfmpegRunner(new FfmpegTools { FfmpegPath = "reelforge-no-such-ffmpeg" }).Encoders;

        await Assert.ThrowsAsync<ToolNotFoundException>(() => probe.GetAsync(CancellationToken.None));
        var again = await Assert.ThrowsAsync<ToolNotFoundException>(() => probe.GetAsync(CancellationToken.None));

        Assert.Contains("sudo apt-get install -y ffmpeg", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelectLibx264_NeedsNoProbe()
    {
        var probe = new FfmpegRunner(new FfmpegTools { FfmpegPath = "reelforge-no-such-ffmpeg" }).Encoders;

        var selection = await probe.SelectAsync("libx264", CancellationToken.None);

        Assert.Same(VideoEncoder.Libx264, selection.Encoder);
        Assert.Equal("libx264 was asked for", selection.Reason);
    }

    [Fact]
    public async Task GetAsync_InstalledFfmpeg_TestsEveryListedEncoderAndGivesFfmpegsReasonForAFailure()
    {
        var runner = MediaFfmpeg.RequireRunner();
        var listed = (await runner.Capabilities.GetAsync(CancellationToken.None)).Encoders;

        var results = await runner.Encoders.GetAsync(CancellationToken.None);

        Assert.Equal(VideoEncoder.Hardware, results.Select(r => r.Encoder));
        foreach (var result in results)
        {
            Assert.Equal(listed.Contains(result.Encoder.Codec), result.Status != EncoderProbeStatus.NotListed);
            if (result.Status == EncoderProbeStatus.Fails)
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Failure));
                Assert.DoesNotContain(" @ 0x", result.Failure, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void OneFrameArguments_OpenTheDeviceFirstAndEncodeOneFrameToNothing()
    {
        var arguments = string.Join(' ', HardwareEncoderProbe.OneFrameArguments(VideoEncoder.Vaapi));

        Assert.StartsWith("-hide_banner -nostdin -loglevel error -init_hw_device vaapi=va:/dev/dri/renderD128 -filter_hw_device va -f lavfi ", arguments, StringComparison.Ordinal);
        Assert.Contains("-vf format=yuv420p,format=nv12,hwupload -frames:v 1 -c:v h264_vaapi ", arguments, StringComparison.Ordinal);
        Assert.EndsWith("-an -f null -", arguments, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[h264_nvenc @ 0x561ba0609500] Cannot load libcuda.so.1\nError initializing output stream 0:0", "Cannot load libcuda.so.1")]
    [InlineData("\n[AVHWDeviceContext @ 0x5626736cf940] No VA display found for device /dev/dri/renderD128.\nDevice creation failed: -22.", "No VA display found for device /dev/dri/renderD128.")]
    [InlineData("Unknown encoder 'h264_nvenc'", "Unknown encoder 'h264_nvenc'")]
    [InlineData("", "no reason given")]
    public void FirstReason_IsTheFirstLineWithoutItsContext(string standardError, string expected) =>
        Assert.Equal(expected, HardwareEncoderProbe.FirstReason(standardError));
}
