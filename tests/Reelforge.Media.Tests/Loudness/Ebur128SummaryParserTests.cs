using Reelforge.Media.Loudness;
using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests.Loudness;

public sealed class Ebur128SummaryParserTests
{
    [Fact]
    public void Parse_SineCaptureWithMeterLines_ReadsSummaryNotLastMeterLine()
    {
        var measurement = Ebur128SummaryParser.Parse(TestFiles.Read("loudness", "ebur128-sine-1khz.stderr.txt"));

        Assert.Equal(new LoudnessMeasurement(-41.1, -51.1, 20.0, -61.1, -41.1, -38.1), measurement);
    }

    [Fact]
    public void Parse_Silence_GivesFloorLoudnessAndNegativeInfinityPeak()
    {
        var measurement = Ebur128SummaryParser.Parse(TestFiles.Read("loudness", "ebur128-silence.stderr.txt"));

        Assert.Equal(-70.0, measurement.IntegratedLufs);
        Assert.Equal(0.0, measurement.LoudnessRangeLu);
        Assert.Equal(double.NegativeInfinity, measurement.TruePeakDbfs);
    }

    [Fact]
    public void Parse_WithoutPeakSection_LeavesTruePeakNull()
    {
        const string stderr = """
            [Parsed_ebur128_0 @ 0x1] Summary:

              Integrated loudness:
                I:         -16.2 LUFS
                Threshold: -26.4 LUFS

              Loudness range:
                LRA:         5.3 LU
                Threshold: -36.3 LUFS
                LRA low:   -19.9 LUFS
                LRA high:  -14.6 LUFS
            """;

        var measurement = Ebur128SummaryParser.Parse(stderr.ReplaceLineEndings("\n"));

        Assert.Equal(-16.2, measurement.IntegratedLufs);
        Assert.Equal(5.3, measurement.LoudnessRangeLu);
        Assert.Null(measurement.TruePeakDbfs);
    }

    [Fact]
    public void Parse_NoSummary_ThrowsFormatException()
    {
        var error = Assert.Throws<FormatException>(() => Ebur128SummaryParser.Parse("Output file #0 does not contain any stream"));

        Assert.Contains("Summary", error.Message);
    }
}
