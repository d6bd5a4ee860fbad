using Reelforge.Core.Requests;
using Reelforge.Pipeline.Captions;

namespace Reelforge.Pipeline.Tests.Captions;

public class CaptionLayoutTests
{
    private static readonly FrameSize Portrait = new(1080, 1920);
    private static readonly CaptionStyle Style = new();

    private static SkiaTextMeasurer Measurer => SharedMeasurer.Instance;

    private static double Safe(CaptionStyle style, FrameSize size) => CaptionMetrics.SafeWidth(style, size);

    private static WrappedText Wrap(string text, CaptionStyle style, FrameSize size) =>
        CaptionLayout.Wrap(text, style.FontFamily, CaptionMetrics.FontPixelSize(style, size), Safe(style, size), Measurer);

    private static void AssertWithinSafeWidth(WrappedText wrapped, CaptionStyle style, FrameSize size)
    {
        var pixelSize = CaptionMetrics.FontPixelSize(style, size) * wrapped.FontScale;
        foreach (var line in wrapped.Lines)
        {
            Assert.True(
                Measurer.Measure(line.Text, style.FontFamily, pixelSize) <= Safe(style, size),
                $"'{line.Text}' is wider than the safe width {Safe(style, size)}");
        }
    }

    [Fact]
    public void Layout_EnglishSentence_WrapsAtSpacesWithinSafeWidth()
    {
        const string text = "The quick brown fox jumps over the lazy dog and keeps running through the quiet forest at night.";

        var wrapped = Wrap(text, Style, Portrait);

        Assert.True(wrapped.Lines.Count >= 2);
        Assert.Equal(1.0, wrapped.FontScale);
        AssertWithinSafeWidth(wrapped, Style, Portrait);
        Assert.Equal(text, string.Join(" ", wrapped.Lines.Select(l => l.Text)));
    }

    [Fact]
    public void Layout_ChineseSentence_WrapsByCharacterWithinSafeWidth()
    {
        const string text = "今天天气很好，我们一起去公园散步吧。然后我们去吃饭，好不好？";
        var style = Style with { FontFamily = "Noto Sans CJK SC" };
        var size = new FrameSize(540, 960);

        var wrapped = Wrap(text, style, size);

        Assert.True(wrapped.Lines.Count >= 2);
        AssertWithinSafeWidth(wrapped, style, size);
        Assert.Equal(text, string.Concat(wrapped.Lines.Select(l => l.Text)));

        // by character: the fewest lines one-em characters need, balanced to within a couple of characters
        var perLine = (int)(Safe(style, size) / CaptionMetrics.FontPixelSize(style, size));
        Assert.Equal((text.Length + perLine - 1) / perLine, wrapped.Lines.Count);
        Assert.InRange(wrapped.Lines.Max(l => l.Text.Length) - wrapped.Lines.Min(l => l.Text.Length), 0, 2);
    }

    [Fact]
    public void Layout_ChineseSentence_NeverStartsALineWithClosingPunctuation()
    {
        const string text = "一二三四五六七八九十，一二三四五六七八九十。一二三四五六七八九十！一二三四五六七八九十？";
        var style = Style with { FontFamily = "Noto Sans CJK SC" };

        // widths chosen so a plain character break would put the punctuation first on a line
        foreach (var width in new[] { 360, 420, 480, 540, 600 })
        {
            var size = new FrameSize(width, width * 16 / 9);
            var wrapped = Wrap(text, style, size);

            Assert.All(wrapped.Lines, l => Assert.DoesNotMatch("^[，。！？、）]", l.Text));
            Assert.Equal(text, string.Concat(wrapped.Lines.Select(l => l.Text)));
        }
    }

    [Fact]
    public void Layout_ChineseWithDefaultLatinFont_UsesCjkFallbackAndFits()
    {
        const string text = "我们一起去公园散步吧，然后去吃饭。";
        var size = new FrameSize(360, 640);

        var wrapped = Wrap(text, Style, size);

        AssertWithinSafeWidth(wrapped, Style, size);
        Assert.Equal(text, string.Concat(wrapped.Lines.Select(l => l.Text)));
        Assert.Contains("CJK", Measurer.FontFor('我', Style.FontFamily), StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_SpanishWithInvertedMarksAndNumbers_KeepsWordsAndNumbersWhole()
    {
        const string text = "¿Sabías que el 2.5 por ciento de 1,000 personas dijo ¡hola! al mismo tiempo?";
        var size = new FrameSize(360, 640);

        var wrapped = Wrap(text, Style, size);

        Assert.True(wrapped.Lines.Count >= 3);
        AssertWithinSafeWidth(wrapped, Style, size);
        Assert.Equal(text, string.Join(" ", wrapped.Lines.Select(l => l.Text)));
        var words = wrapped.Lines.SelectMany(l => l.Text.Split(' ')).ToList();
        Assert.Contains("¿Sabías", words);
        Assert.Contains("2.5", words);
        Assert.Contains("1,000", words);
        Assert.Contains("¡hola!", words);
    }

    [Fact]
    public void Layout_TextWithEmoji_MeasuresEmojiAndFits()
    {
        const string text = "We did it 🎉🎉🎉 thanks to all of you 🦄 see you next time 👩🏽";
        var size = new FrameSize(360, 640);

        var wrapped = Wrap(text, Style, size);

        AssertWithinSafeWidth(wrapped, Style, size);
        Assert.Equal(text, string.Join(" ", wrapped.Lines.Select(l => l.Text)));
        Assert.True(Measurer.Measure("🎉🎉🎉", Style.FontFamily, 64) > Measurer.Measure("did", Style.FontFamily, 64));
    }

    [Fact]
    public void Layout_VeryLongWordAtBigFont_IsHyphenatedWithinSafeWidth()
    {
        const string word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
        var style = Style with { FontSize = 120 };

        var wrapped = Wrap($"It is {word} indeed", style, Portrait);

        Assert.Equal(1.0, wrapped.FontScale);
        AssertWithinSafeWidth(wrapped, style, Portrait);
        Assert.Contains(wrapped.Lines, l => l.Hyphenated && l.Text.EndsWith('-'));
        var rejoined = string.Concat(wrapped.Lines.Select(l => l.Hyphenated ? l.Text[..^1] : l.Text + " ")).TrimEnd();
        Assert.Equal($"It is {word} indeed", rejoined);
    }

    [Fact]
    public void Layout_WordSlightlyTooLong_ScalesFontDownInsteadOfHyphenating()
    {
        const string word = "Internationalization";
        var fitting = Safe(Style, Portrait) / Measurer.Measure(word, Style.FontFamily, 1);
        var style = Style with { FontSize = fitting * 1.1 };

        var wrapped = Wrap($"{word} matters", style, Portrait);

        Assert.InRange(wrapped.FontScale, CaptionLayout.MinFontScale, 0.95);
        Assert.DoesNotContain(wrapped.Lines, l => l.Hyphenated);
        AssertWithinSafeWidth(wrapped, style, Portrait);
    }

    [Fact]
    public void Layout_LastWordWouldBeAnOrphan_BalancesLines()
    {
        // half-em characters: 20 px each at 40 px, lines up to 200 px = 10 characters
        var measurer = new FixedWidthMeasurer();

        var wrapped = CaptionLayout.Wrap("aaaa bbbb cccc dddd e", "any", 40, 200, measurer);

        Assert.Equal(3, wrapped.Lines.Count);
        Assert.NotEqual("e", wrapped.Lines[^1].Text);
        Assert.All(wrapped.Lines, l => Assert.True(measurer.Measure(l.Text, "any", 40) <= 200));
    }

    [Fact]
    public void Layout_TwoLines_SplitsNearTheMiddle()
    {
        var measurer = new FixedWidthMeasurer();

        var wrapped = CaptionLayout.Wrap("one two three four five six seven", "any", 20, 250, measurer);

        Assert.Equal(["one two three four", "five six seven"], wrapped.Lines.Select(l => l.Text));
    }
}
