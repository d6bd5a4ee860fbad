using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests;

public sealed class ProgressParserTests
{
    private static readonly string Capture = TestFiles.Read("progress", "encode-2s-realtime.progress.txt");

    [Fact]
    public void ParseAll_RealCapture_ReturnsOneReportPerBlockEndingWithEnd()
    {
        var reports = ProgressParser.ParseAll(Capture);

        Assert.Equal(9, reports.Count);
        Assert.All(reports.SkipLast(1), r => Assert.False(r.IsEnd));
        var last = reports[^1];
        Assert.True(last.IsEnd);
        Assert.Equal(60, last.Frame);
        Assert.Equal(TimeSpan.FromMicroseconds(2_020_136), last.OutTime);
        Assert.Equal(1.01, last.Speed);
        Assert.Equal(100, last.Percent);
    }

    [Fact]
    public void ParseAll_RealCapture_ReadsFramesTimesAndSpeedOfMiddleBlocks()
    {
        var reports = ProgressParser.ParseAll(Capture);

        var second = reports[1];
        Assert.Equal(9, second.Frame);
        Assert.Equal(0.0, second.FramesPerSecond);
        Assert.Equal(TimeSpan.FromMicroseconds(278_639), second.OutTime);
        Assert.Equal(1.02, second.Speed);
        Assert.True(second.TotalSizeBytes > 0);
        Assert.Equal(
            reports.Select(r => r.OutTime).Order(),
            reports.Select(r => r.OutTime));
    }

    [Fact]
    public void ParseAll_WithTotalDuration_ComputesPercentFromOutTime()
    {
        var reports = ProgressParser.ParseAll(Capture, TimeSpan.FromSeconds(2));

        Assert.Equal(52.2449, reports[4].Percent!.Value, precision: 4);
        Assert.Equal(100, reports[^1].Percent);
    }

    [Fact]
    public void ParseAll_WithoutTotalDuration_LeavesPercentUnknownUntilEnd()
    {
        var reports = ProgressParser.ParseAll(Capture);

        Assert.All(reports.SkipLast(1), r => Assert.Null(r.Percent));
    }

    [Fact]
    public void Push_NotApplicableValues_BecomeNull()
    {
        var parser = new ProgressParser(TimeSpan.FromSeconds(10));
        string[] block = ["frame=0", "fps=N/A", "out_time_us=N/A", "out_time_ms=N/A", "out_time=N/A", "speed=N/A", "progress=continue"];

        FfmpegProgress? report = null;
        foreach (var line in block)
        {
            report = parser.Push(line);
        }

        Assert.NotNull(report);
        Assert.Equal(0, report.Frame);
        Assert.Null(report.FramesPerSecond);
        Assert.Null(report.OutTime);
        Assert.Null(report.Speed);
        Assert.Null(report.Percent);
    }

    [Fact]
    public void Push_OnlyOutTimeText_ParsesClockTime()
    {
        var parser = new ProgressParser(TimeSpan.FromSeconds(4));
        parser.Push("out_time=00:00:01.500000");

        var report = parser.Push("progress=continue");

        Assert.Equal(TimeSpan.FromSeconds(1.5), report!.OutTime);
        Assert.Equal(37.5, report.Percent);
    }

    [Fact]
    public void Push_LinesInsideBlock_ReturnNullUntilProgressLine()
    {
        var parser = new ProgressParser();

        Assert.Null(parser.Push("frame=3"));
        Assert.Null(parser.Push("garbage without separator"));
        Assert.NotNull(parser.Push("progress=continue"));
    }
}
