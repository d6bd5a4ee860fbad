using Reelforge.Pipeline.Captions;

namespace Reelforge.Pipeline.Tests.Captions;

public class CaptionTimestampTests
{
    [Theory]
    [InlineData(0, "0:00:00.00")]
    [InlineData(1.005, "0:00:01.01")]
    [InlineData(1.004, "0:00:01.00")]
    [InlineData(59.999, "0:01:00.00")]
    [InlineData(3723.456, "1:02:03.46")]
    [InlineData(-2, "0:00:00.00")]
    public void Ass_RoundsToCentiseconds(double seconds, string expected) =>
        Assert.Equal(expected, CaptionTimestamp.Ass(seconds));

    [Theory]
    [InlineData(0, "00:00:00,000")]
    [InlineData(1.0005, "00:00:01,001")]
    [InlineData(2.3, "00:00:02,300")]
    [InlineData(3661.2394, "01:01:01,239")]
    [InlineData(59.9996, "00:01:00,000")]
    public void Srt_RoundsToMilliseconds(double seconds, string expected) =>
        Assert.Equal(expected, CaptionTimestamp.Srt(seconds));

    [Fact]
    public void Vtt_UsesDotBeforeMilliseconds() =>
        Assert.Equal("00:01:05.250", CaptionTimestamp.Vtt(65.25));
}
