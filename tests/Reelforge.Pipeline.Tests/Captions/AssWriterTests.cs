using Reelforge.Core.Captions;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Pipeline.Captions;

namespace Reelforge.Pipeline.Tests.Captions;

public class AssWriterTests
{
    private static readonly FrameSize Portrait = new(1080, 1920);

    // The expected positions and sizes below were worked out at 64 px (the default before the settings were unified).
    private static readonly CaptionStyle Style64 = new() { FontSize = 64 };

    private const string Header = """
        [Script Info]
        ScriptType: v4.00+
        PlayResX: 1080
        PlayResY: 1920
        WrapStyle: 2
        ScaledBorderAndShadow: yes
        YCbCr Matrix: None

        [V4+ Styles]
        Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding

        """;

    private const string EventsHeader = """

        [Events]
        Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text

        """;

    private static readonly CaptionCue HelloWorld = new(
        1.0, 2.5, ["Hello, world"], [new WordTiming("Hello", 1.1, 1.4), new WordTiming("world", 1.5, 2.2)]);

    private static readonly CaptionCue TwoLines = new(
        2.5, 4.0, ["How are you", "today?"], [new WordTiming("How", 2.5, 2.7), new WordTiming("are", 2.7, 2.9), new WordTiming("you", 2.9, 3.2), new WordTiming("today", 3.2, 3.8)]);

    [Fact]
    public void Write_SentenceMode_OneDialoguePerCueAtTheBottom()
    {
        var ass = AssWriter.Write([HelloWorld, TwoLines], Style64, Portrait);

        Assert.Equal(
            Header
            + "Style: Default,Noto Sans,64,&H00FFFFFF,&H0000D4FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,4,0,2,86,86,422,1\n"
            + EventsHeader
            + "Dialogue: 0,0:00:01.00,0:00:02.50,Default,,0,0,0,,Hello, world\n"
            + "Dialogue: 0,0:00:02.50,0:00:04.00,Default,,0,0,0,,How are you\\Ntoday?\n",
            ass.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_WordsMode_HighlightsEachWordInEventsThatTileTheCue()
    {
        var ass = AssWriter.Write([HelloWorld, TwoLines], Style64 with { Mode = CaptionMode.Words }, Portrait);

        var events = ass.Split('\n').Where(l => l.StartsWith("Dialogue:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            string.Join('\n',
                @"Dialogue: 0,0:00:01.00,0:00:01.50,Default,,0,0,0,,{\c&H00D4FF&}Hello{\r}, world",
                @"Dialogue: 0,0:00:01.50,0:00:02.50,Default,,0,0,0,,Hello, {\c&H00D4FF&}world{\r}",
                @"Dialogue: 0,0:00:02.50,0:00:02.70,Default,,0,0,0,,{\c&H00D4FF&}How{\r} are you\Ntoday?",
                @"Dialogue: 0,0:00:02.70,0:00:02.90,Default,,0,0,0,,How {\c&H00D4FF&}are{\r} you\Ntoday?",
                @"Dialogue: 0,0:00:02.90,0:00:03.20,Default,,0,0,0,,How are {\c&H00D4FF&}you{\r}\Ntoday?",
                @"Dialogue: 0,0:00:03.20,0:00:04.00,Default,,0,0,0,,How are you\N{\c&H00D4FF&}today{\r}?"),
            string.Join('\n', events));
    }

    [Fact]
    public void Write_WordsMode_EventsHaveNoGapsOrOverlaps()
    {
        var words = Enumerable.Range(0, 7).Select(i => new WordTiming($"w{i}", 0.333 + (i * 0.317), 0.333 + (i * 0.317) + 0.2)).ToList();
        var cue = new CaptionCue(0.3, 2.9, [string.Join(" ", words.Select(w => w.Text))], words);

        var ass = AssWriter.Write([cue], Style64 with { Mode = CaptionMode.Words }, Portrait);

        var spans = ass.Split('\n').Where(l => l.StartsWith("Dialogue:", StringComparison.Ordinal))
            .Select(l => l.Split(',')).Select(f => (Start: f[1], End: f[2])).ToList();
        Assert.Equal(CaptionTimestamp.Ass(0.3), spans[0].Start);
        Assert.Equal(CaptionTimestamp.Ass(2.9), spans[^1].End);
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.Equal(spans[i - 1].End, spans[i].Start);
        }
    }

    [Fact]
    public void Write_BackgroundColour_UsesOpaqueBoxInThatColour()
    {
        var style = Style64 with { BackgroundColor = "#00000080" };

        var ass = AssWriter.Write([HelloWorld], style, Portrait);

        // box padding is a fifth of the font size (12.8 px), more than the 4 px stroke
        Assert.Contains("Style: Default,Noto Sans,64,&H00FFFFFF,&H0000D4FF,&H7F000000,&H7F000000,0,0,0,0,100,100,0,0,3,12.8,0,2,86,86,422,1\n", ass, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TopAndCenter_UseAlignmentAndMargin()
    {
        var top = AssWriter.Write([HelloWorld], Style64 with { Position = CaptionPosition.Top }, Portrait);
        var center = AssWriter.Write([HelloWorld], Style64 with { Position = CaptionPosition.Center }, Portrait);

        Assert.Contains(",1,4,0,8,86,86,288,1\n", top, StringComparison.Ordinal);
        Assert.Contains(",1,4,0,5,86,86,0,1\n", center, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CustomPosition_CentresTheBlockThereKeepingItInFrame()
    {
        var at30 = AssWriter.Write([HelloWorld], Style64 with { Position = new CaptionPosition(CaptionAnchor.Custom, 30) }, Portrait);
        var at100 = AssWriter.Write([TwoLines], Style64 with { Position = new CaptionPosition(CaptionAnchor.Custom, 100) }, Portrait);

        Assert.Contains(@",,{\pos(540,576)}Hello, world", at30, StringComparison.Ordinal);

        // two 64 px lines and a 4 px border: the middle can come no lower than 1920 - 68
        Assert.Contains(@",,{\pos(540,1852)}How are you\Ntoday?", at100, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FontCellRatio_ScalesFontsizeToRenderTheMeasuredEm()
    {
        var ass = AssWriter.Write([HelloWorld], Style64, new FrameSize(540, 960), fontCellRatio: 1.25);

        Assert.Contains("Style: Default,Noto Sans,40,", ass, StringComparison.Ordinal);
        Assert.Contains(",1,2,0,2,43,43,211,1\n", ass, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ScaledDownCue_AddsScaleTagsAndKeepsThemAfterHighlight()
    {
        var cue = HelloWorld with { FontScale = 0.85 };

        var sentence = AssWriter.Write([cue], Style64, Portrait);
        var words = AssWriter.Write([cue], Style64 with { Mode = CaptionMode.Words }, Portrait);

        Assert.Contains(@",,{\fscx85\fscy85}Hello, world", sentence, StringComparison.Ordinal);
        Assert.Contains(@",,{\fscx85\fscy85}{\c&H00D4FF&}Hello{\r\fscx85\fscy85}, world", words, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WordsModeHyphenatedWord_HighlightsBothPieces()
    {
        var cue = new CaptionCue(0, 2, ["Say Pneumono-", "ultra now"], [new WordTiming("Say", 0, 0.5), new WordTiming("Pneumonoultra", 0.5, 1.5), new WordTiming("now", 1.5, 2)])
        {
            HyphenatedLines = [0],
        };

        var ass = AssWriter.Write([cue], Style64 with { Mode = CaptionMode.Words }, Portrait);

        Assert.Contains(@"0:00:00.50,0:00:01.50,Default,,0,0,0,,Say {\c&H00D4FF&}Pneumono-\Nultra{\r} now", ass, StringComparison.Ordinal);
        Assert.Contains(@"0:00:01.50,0:00:02.00,Default,,0,0,0,,Say Pneumono-\Nultra {\c&H00D4FF&}now{\r}", ass, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TextWithBracesAndBackslashes_IsEscaped()
    {
        var cue = new CaptionCue(0, 1, [@"{\b1}C:\New  "], []);

        var ass = AssWriter.Write([cue], Style64, Portrait);

        Assert.Contains("Default,,0,0,0,,\\{\\\u2060b1\\}C:\\\u2060New\\h\\h\n", ass, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_NewlinesAndLeadingSpaces_BecomeAssCodes() =>
        Assert.Equal(@"\h\ha\Nb\Nc", AssText.Escape("  a\nb\r\nc"));
}
