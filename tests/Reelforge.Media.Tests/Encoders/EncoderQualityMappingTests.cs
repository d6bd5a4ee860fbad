using Reelforge.Media.Encoders;

namespace Reelforge.Media.Tests.Encoders;

public sealed class EncoderQualityMappingTests
{
    [Theory]
    [InlineData(EncoderQuality.Draft, "-c:v h264_nvenc -preset p1 -tune hq -rc vbr -cq 28 -b:v 0 -profile:v high -pix_fmt yuv420p -g 60 -flags +cgop")]
    [InlineData(EncoderQuality.Standard, "-c:v h264_nvenc -preset p4 -tune hq -rc vbr -cq 23 -b:v 0 -profile:v high -pix_fmt yuv420p -g 60 -flags +cgop")]
    [InlineData(EncoderQuality.High, "-c:v h264_nvenc -preset p6 -tune hq -rc vbr -cq 19 -b:v 0 -profile:v high -pix_fmt yuv420p -g 60 -flags +cgop")]
    public void Nvenc_MapsQualityToPresetAndConstantQuality(EncoderQuality quality, string expected) =>
        Assert.Equal(expected, string.Join(' ', VideoEncoder.Nvenc.OutputArguments(quality, 30, EncoderTuning.Default)));

    [Theory]
    [InlineData(EncoderQuality.Draft, "-c:v h264_qsv -preset veryfast -global_quality 28 -look_ahead 0 -profile:v high -pix_fmt nv12 -g 60 -flags +cgop")]
    [InlineData(EncoderQuality.Standard, "-c:v h264_qsv -preset medium -global_quality 23 -look_ahead 0 -profile:v high -pix_fmt nv12 -g 60 -flags +cgop")]
    [InlineData(EncoderQuality.High, "-c:v h264_qsv -preset slow -global_quality 20 -look_ahead 0 -profile:v high -pix_fmt nv12 -g 60 -flags +cgop")]
    public void Qsv_MapsQualityToPresetAndGlobalQuality(EncoderQuality quality, string expected) =>
        Assert.Equal(expected, string.Join(' ', VideoEncoder.Qsv.OutputArguments(quality, 30, EncoderTuning.Default)));

    [Theory]
    [InlineData(EncoderQuality.Draft, "-c:v h264_vaapi -rc_mode CQP -qp 28 -profile:v high -g 60 -flags +cgop")]
    [InlineData(EncoderQuality.Standard, "-c:v h264_vaapi -rc_mode CQP -qp 23 -profile:v high -g 60 -flags +cgop")]
    [InlineData(EncoderQuality.High, "-c:v h264_vaapi -rc_mode CQP -qp 19 -profile:v high -g 60 -flags +cgop")]
    public void Vaapi_MapsQualityToConstantQp(EncoderQuality quality, string expected) =>
        Assert.Equal(expected, string.Join(' ', VideoEncoder.Vaapi.OutputArguments(quality, 30, EncoderTuning.Default)));

    [Fact]
    public void Vaapi_OpensItsDeviceBeforeTheInputsAndUploadsAtTheEndOfTheChain()
    {
        var encoder = new VaapiEncoder("/dev/dri/renderD129");

        Assert.Equal("-init_hw_device vaapi=va:/dev/dri/renderD129 -filter_hw_device va", string.Join(' ', encoder.DeviceArguments));
        Assert.Equal("format=nv12,hwupload", encoder.UploadFilters);
        Assert.Equal(VaapiEncoder.DefaultDevice, ((VaapiEncoder)VideoEncoder.Vaapi).Device);
    }

    [Fact]
    public void HardwareEncoders_IgnoreTheSoftwareMemoryTuning()
    {
        var tuned = new EncoderTuning(Threads: 2, Lookahead: 5);

        foreach (var encoder in VideoEncoder.Hardware)
        {
            Assert.Equal(encoder.OutputArguments(EncoderQuality.High, 25, EncoderTuning.Default), encoder.OutputArguments(EncoderQuality.High, 25, tuned));
            Assert.Contains("-g 50 -flags +cgop", string.Join(' ', encoder.OutputArguments(EncoderQuality.High, 25, tuned)), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("libx264", "libx264", false)]
    [InlineData("nvenc", "h264_nvenc", true)]
    [InlineData("qsv", "h264_qsv", true)]
    [InlineData("vaapi", "h264_vaapi", true)]
    public void Find_ByChoiceName_GivesTheEncoder(string name, string codec, bool hardware)
    {
        var encoder = VideoEncoder.Find(name);

        Assert.NotNull(encoder);
        Assert.Equal(codec, encoder.Codec);
        Assert.Equal(hardware, encoder.IsHardware);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("h264_nvenc")]
    [InlineData("NVENC")]
    [InlineData(null)]
    public void Find_OtherNames_GivesNothing(string? name) => Assert.Null(VideoEncoder.Find(name));

    [Fact]
    public void Choices_AreAutoAndEachEncoderName() =>
        Assert.Equal("auto, libx264, nvenc, qsv or vaapi", EncoderChoice.Listed);
}
