using Reelforge.Media.FilterGraphs;

namespace Reelforge.Media.Tests.FilterGraphs;

public class FilterGraphTests
{
    [Fact]
    public void ToString_ChainsWithLabels_RendersFfmpegSyntax()
    {
        var graph = new FilterGraph();
        var scaled = graph.Then("0:v", "s", new Filter("scale").Set("w", 360).Set("h", 640), new Filter("setsar").Arg("1"));
        graph.Add([scaled, "1:v"], [new Filter("xfade").Set("transition", "fade").Set("duration", 0.5).Set("offset", 2.25)], ["out"]);

        Assert.Equal("[0:v]scale=w=360:h=640,setsar=1[s0];\n[s0][1:v]xfade=transition=fade:duration=0.5:offset=2.25[out]", graph.ToString());
    }

    [Fact]
    public void Filter_ValueWithColonsCommasAndQuotes_IsEscapedAtBothLevels()
    {
        var filter = new Filter("ass").Set("filename", "/tmp/a:b,c'd.ass");

        // level 1 escapes \ ' : ; level 2 escapes \ ' [ ] , ;
        Assert.Equal(@"ass=filename=/tmp/a\\:b\,c\\\'d.ass", filter.ToString());
    }

    [Fact]
    public void Filter_Expression_KeepsParenthesesAndEscapesCommas()
    {
        var filter = new Filter("crop").Set("x", "(iw-ow)*min(t,1)");

        Assert.Equal(@"crop=x=(iw-ow)*min(t\,1)", filter.ToString());
    }

    [Fact]
    public void FormatNumber_UsesInvariantCultureWithoutExponent()
    {
        Assert.Equal("0.000001", Filter.FormatNumber(0.000001));
        Assert.Equal("1234.5", Filter.FormatNumber(1234.5));
        Assert.Equal("-3", Filter.FormatNumber(-3.0));
    }

    [Fact]
    public void Add_PadUsedBeforeProduced_Throws()
    {
        var graph = new FilterGraph();

        var error = Assert.Throws<InvalidOperationException>(() => graph.Add(["nowhere"], [new Filter("null")], ["out"]));
        Assert.Contains("[nowhere]", error.Message);
    }

    [Fact]
    public void Add_PadConsumedTwice_Throws()
    {
        var graph = new FilterGraph();
        var a = graph.Then("0:v", "a", new Filter("null"));
        graph.Add([a], [new Filter("null")], ["b"]);

        Assert.Throws<InvalidOperationException>(() => graph.Add([a], [new Filter("null")], ["c"]));
    }

    [Fact]
    public async Task EscapedPath_IsReadByRealFfmpeg()
    {
        // A caption file whose path needs escaping must reach libass intact.
        var dir = Path.Combine(Path.GetTempPath(), "reelforge-tests", "esc, [dir]; it's");
        Directory.CreateDirectory(dir);
        var ass = Path.Combine(dir, "caption:1.ass");
        await File.WriteAllTextAsync(ass, "[Script Info]\nScriptType: v4.00+\nPlayResX: 160\nPlayResY: 90\n\n[V4+ Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\nStyle: Default,DejaVu Sans,20,&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,1,0,2,10,10,10,1\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:00.00,0:00:01.00,Default,,0,0,0,,Hi\n");
        var graph = new FilterGraph();
        graph.Add(["0:v"], [new Filter("ass").Set("filename", ass)], ["v"]);

        var result = await new FfmpegRunner().RunAsync(MediaTool.Ffmpeg,
            ["-hide_banner", "-f", "lavfi", "-i", "color=c=black:s=160x90:d=0.2", "-filter_complex", graph.ToString(), "-map", "[v]", "-f", "null", "-"]);

        Assert.Equal(0, result.ExitCode);
    }
}
