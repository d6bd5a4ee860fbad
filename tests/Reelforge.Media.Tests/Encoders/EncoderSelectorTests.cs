using Reelforge.Media.Capabilities;
using Reelforge.Media.Encoders;
using Reelforge.TestSupport;

namespace Reelforge.Media.Tests.Encoders;

/// <summary>Selection from captured <c>ffmpeg -encoders</c>/<c>-hwaccels</c> listings and simulated one-frame tests.</summary>
public sealed class EncoderSelectorTests
{
    private const string NoCuda = "Cannot load libcuda.so.1";
    private const string NoMfx = "Error initializing an internal MFX session: unsupported (-3)";
    private const string NoVaDisplay = "No VA display found for device /dev/dri/renderD128.";

    /// <summary>The probe's results for a captured listing where the named encoders work and the others fail as they do without hardware.</summary>
    private static async Task<IReadOnlyList<EncoderProbeResult>> ProbedAsync(CapturedFfmpegListing listing, params string[] working)
    {
        var listed = CapabilityOutputParser.ParseEncoders(listing.Encoders);
        return await HardwareEncoderProbe.TestListedAsync(listed, encoder => Task.FromResult(
            working.Contains(encoder.Name)
                ? new EncoderProbeResult(encoder, EncoderProbeStatus.Works)
                : new EncoderProbeResult(encoder, EncoderProbeStatus.Fails, encoder.Name switch
                {
                    "nvenc" => NoCuda,
                    "qsv" => NoMfx,
                    _ => NoVaDisplay,
                })));
    }

    [Fact]
    public async Task Auto_OnAnNvidiaMachine_SelectsNvenc()
    {
        var selection = EncoderSelector.Select("auto", await ProbedAsync(CapturedFfmpegListing.Debian12, "nvenc", "vaapi"));

        Assert.Same(VideoEncoder.Nvenc, selection.Encoder);
        Assert.Equal("auto: nvenc works", selection.Reason);
        Assert.False(selection.FellBack);
    }

    [Fact]
    public async Task Auto_OnAnIntelMachineWithoutQsvRuntime_SelectsVaapi()
    {
        var selection = EncoderSelector.Select("auto", await ProbedAsync(CapturedFfmpegListing.Debian12, "vaapi"));

        Assert.Same(VideoEncoder.Vaapi, selection.Encoder);
        Assert.Equal("auto: vaapi works", selection.Reason);
    }

    [Fact]
    public async Task Auto_WhenEveryListedEncoderFails_UsesLibx264AndSaysWhyEachFailed()
    {
        var selection = EncoderSelector.Select("auto", await ProbedAsync(CapturedFfmpegListing.Debian12));

        Assert.Same(VideoEncoder.Libx264, selection.Encoder);
        Assert.Equal(
            $"auto: no hardware encoder works here (nvenc: fails: {NoCuda}; qsv: fails: {NoMfx}; vaapi: fails: {NoVaDisplay}); using libx264",
            selection.Reason);
    }

    [Fact]
    public async Task Auto_WithABuildWithoutHardwareEncoders_TestsNothingAndUsesLibx264()
    {
        var tested = new List<string>();
        var listed = CapabilityOutputParser.ParseEncoders(CapturedFfmpegListing.WithoutHardware.Encoders);

        var probed = await HardwareEncoderProbe.TestListedAsync(listed, encoder =>
        {
            tested.Add(encoder.Name);
            return Task.FromResult(new EncoderProbeResult(encoder, EncoderProbeStatus.Works));
        });
        var selection = EncoderSelector.Select("auto", probed);

        Assert.Empty(tested);
        Assert.Empty(CapabilityOutputParser.ParseHardwareAccelerations(CapturedFfmpegListing.WithoutHardware.HardwareAccelerations));
        Assert.Same(VideoEncoder.Libx264, selection.Encoder);
        Assert.Contains("nvenc: not listed by this ffmpeg (h264_nvenc)", selection.Reason, StringComparison.Ordinal);
        Assert.Contains("vaapi: not listed by this ffmpeg (h264_vaapi)", selection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CapturedDebianListing_HasTheHardwareEncodersAndTheirAccelerationMethods()
    {
        var encoders = CapabilityOutputParser.ParseEncoders(CapturedFfmpegListing.Debian12.Encoders);
        var methods = CapabilityOutputParser.ParseHardwareAccelerations(CapturedFfmpegListing.Debian12.HardwareAccelerations);

        Assert.All(VideoEncoder.All, e => Assert.Contains(e.Codec, encoders));
        Assert.Superset(new HashSet<string> { "cuda", "vaapi", "qsv" }, methods.ToHashSet());
    }

    [Fact]
    public async Task AskedForVaapi_ThatFailsItsTest_FallsBackToLibx264WithTheReason()
    {
        var selection = EncoderSelector.Select("vaapi", await ProbedAsync(CapturedFfmpegListing.Debian12, "nvenc"));

        Assert.Same(VideoEncoder.Libx264, selection.Encoder);
        Assert.True(selection.FellBack);
        Assert.Equal($"vaapi was asked for but failed its one-frame test ({NoVaDisplay}); using libx264", selection.Reason);
    }

    [Fact]
    public async Task AskedForQsv_ThatWorks_UsesQsvEvenWhenNvencWorksToo()
    {
        var selection = EncoderSelector.Select("qsv", await ProbedAsync(CapturedFfmpegListing.Debian12, "nvenc", "qsv"));

        Assert.Same(VideoEncoder.Qsv, selection.Encoder);
        Assert.Equal("qsv was asked for and works", selection.Reason);
    }

    [Fact]
    public async Task AskedForNvenc_NotInThisBuild_FallsBackSayingItIsNotListed()
    {
        var selection = EncoderSelector.Select("nvenc", await ProbedAsync(CapturedFfmpegListing.WithoutHardware));

        Assert.Same(VideoEncoder.Libx264, selection.Encoder);
        Assert.Equal("nvenc was asked for but this ffmpeg does not list h264_nvenc; using libx264", selection.Reason);
    }

    [Fact]
    public async Task AskedForLibx264_UsesItWhateverWorks()
    {
        var selection = EncoderSelector.Select("libx264", await ProbedAsync(CapturedFfmpegListing.Debian12, "nvenc", "qsv", "vaapi"));

        Assert.Same(VideoEncoder.Libx264, selection.Encoder);
        Assert.False(selection.FellBack);
    }

    [Theory]
    [InlineData("cuda")]
    [InlineData("h264_nvenc")]
    [InlineData("")]
    public void UnknownChoice_IsRefusedNamingTheChoices(string choice)
    {
        var error = Assert.Throws<ArgumentException>(() => EncoderSelector.Select(choice, []));

        Assert.Contains("auto, libx264, nvenc, qsv or vaapi", error.Message, StringComparison.Ordinal);
    }
}
