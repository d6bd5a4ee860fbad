using Reelforge.Media.Loudness;
using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests.Loudness;

public sealed class LoudnormAnalysisParserTests
{
    [Fact]
    public void Parse_FirstPassCapture_ReadsInputMeasurementsAndOffset()
    {
        var analysis = LoudnormAnalysisParser.Parse(TestFiles.Read("loudness", "loudnorm-tone.stderr.txt"));

        Assert.Equal(new LoudnormAnalysis(-21.55, -18.50, 0.00, -31.55, -0.05), analysis);
    }

    [Fact]
    public void Parse_SilentInput_ReadsInfinityValues()
    {
        const string stderr = """
            [Parsed_loudnorm_0 @ 0x1]
            {
            	"input_i" : "-inf",
            	"input_tp" : "-inf",
            	"input_lra" : "0.00",
            	"input_thresh" : "-inf",
            	"target_offset" : "inf"
            }
            """;

        var analysis = LoudnormAnalysisParser.Parse(stderr);

        Assert.Equal(double.NegativeInfinity, analysis.InputIntegratedLufs);
        Assert.Equal(double.PositiveInfinity, analysis.TargetOffsetLu);
    }

    [Fact]
    public void Parse_NoJsonBlock_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => LoudnormAnalysisParser.Parse("Stream #0:0: Audio: pcm_s16le"));
    }
}
