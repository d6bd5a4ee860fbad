using Reelforge.Media.Probing;
using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests.Probing;

public sealed class ProbeParserTests
{
    [Fact]
    public void Parse_H264Mp4_ReadsHighProfileAndFrameRate()
    {
        var result = ProbeParser.Parse(TestFiles.Read("probe", "h264_aac_mp4.json"));

        Assert.Equal("mov,mp4,m4a,3gp,3g2,mj2", result.FormatName);
        Assert.Equal(1.0, result.Duration);
        Assert.Equal(16331, result.SizeBytes);
        var video = Assert.IsType<StreamInfo>(result.Video);
        Assert.Equal(0, video.Index);
        Assert.Equal(MediaCodecType.Video, video.CodecType);
        Assert.Equal("h264", video.CodecName);
        Assert.Equal("High", video.Profile);
        Assert.Equal("yuv420p", video.PixelFormat);
        Assert.Equal((160, 90), (video.Width, video.Height));
        Assert.Equal(30.0, video.FrameRate);
        Assert.Equal(30.0, video.AverageFrameRate);
        Assert.Equal(30, video.FrameCount);
        Assert.False(result.IsImage);
    }

    [Fact]
    public void Parse_H264Mp4_ReadsAacAudioStream()
    {
        var result = ProbeParser.Parse(TestFiles.Read("probe", "h264_aac_mp4.json"));

        var audio = Assert.IsType<StreamInfo>(result.Audio);
        Assert.Equal(1, audio.Index);
        Assert.Equal("aac", audio.CodecName);
        Assert.Equal("LC", audio.Profile);
        Assert.Equal(48000, audio.SampleRate);
        Assert.Equal(1, audio.Channels);
        Assert.Equal("mono", audio.ChannelLayout);
        Assert.Null(audio.FrameRate);
        Assert.Null(audio.Width);
        Assert.Equal(2, result.Streams.Count);
    }

    [Fact]
    public void Parse_PngImage_IsImageWithoutDuration()
    {
        var result = ProbeParser.Parse(TestFiles.Read("probe", "image_png.json"));

        Assert.True(result.IsImage);
        Assert.Equal("png_pipe", result.FormatName);
        Assert.Null(result.Duration);
        Assert.Equal("png", result.Video!.CodecName);
        Assert.Equal("rgb24", result.Video.PixelFormat);
        Assert.Null(result.Audio);
    }

    [Fact]
    public void Parse_Wav_ReadsPcmStereoWithoutVideo()
    {
        var result = ProbeParser.Parse(TestFiles.Read("probe", "tone_wav.json"));

        Assert.Equal("wav", result.FormatName);
        Assert.Null(result.Video);
        Assert.False(result.IsImage);
        Assert.Equal("pcm_s16le", result.Audio!.CodecName);
        Assert.Equal(44100, result.Audio.SampleRate);
        Assert.Equal(2, result.Audio.Channels);
        Assert.Equal(1.0, result.Duration);
    }

    [Fact]
    public void Parse_Mp3_ReadsCodecAndPaddedDuration()
    {
        var result = ProbeParser.Parse(TestFiles.Read("probe", "tone_mp3.json"));

        Assert.Equal("mp3", result.FormatName);
        Assert.Equal("mp3", result.Audio!.CodecName);
        Assert.Equal(1.044898, result.Duration);
        Assert.Equal(1.044898, result.Audio.Duration);
        Assert.Equal(17180, result.SizeBytes);
    }

    [Fact]
    public void Parse_Mp3WithCoverArt_IsNotImageAndHasNoVideo()
    {
        const string json = """
            {
              "streams": [
                { "index": 0, "codec_name": "mp3", "codec_type": "audio", "sample_rate": "44100", "channels": 2 },
                { "index": 1, "codec_name": "mjpeg", "codec_type": "video", "width": 500, "height": 500,
                  "disposition": { "attached_pic": 1 } }
              ],
              "format": { "format_name": "mp3", "duration": "N/A" }
            }
            """;

        var result = ProbeParser.Parse(json);

        Assert.Null(result.Video);
        Assert.False(result.IsImage);
        Assert.True(result.Streams[1].IsAttachedPicture);
        Assert.Null(result.Duration);
    }

    [Fact]
    public void Parse_WithoutFormatObject_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => ProbeParser.Parse("""{ "streams": [] }"""));
    }

    [Theory]
    [InlineData("30/1", 30.0)]
    [InlineData("30000/1001", 29.97002997002997)]
    [InlineData("25", 25.0)]
    [InlineData("0/0", null)]
    [InlineData("N/A", null)]
    [InlineData(null, null)]
    public void ParseRational_FfprobeFractions_GivesFramesPerSecond(string? text, double? expected)
    {
        Assert.Equal(expected, ProbeParser.ParseRational(text));
    }
}
