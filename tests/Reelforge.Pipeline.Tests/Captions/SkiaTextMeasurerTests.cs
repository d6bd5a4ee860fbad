using Reelforge.TestSupport;
using Reelforge.Pipeline.Captions;

namespace Reelforge.Pipeline.Tests.Captions;

public class SkiaTextMeasurerTests
{
    private static SkiaTextMeasurer Measurer => SharedMeasurer.Instance;

    [Fact]
    public void Measure_LatinText_ScalesWithPixelSize()
    {
        var small = Measurer.Measure("Hello world", "DejaVu Sans", 32);
        var large = Measurer.Measure("Hello world", "DejaVu Sans", 64);

        Assert.InRange(small, 32 * 3, 32 * 8);
        Assert.Equal(small * 2, large, 3);
    }

    [Fact]
    public void Measure_ChineseWithCjkFont_IsAboutOneEmPerCharacter()
    {
        var width = Measurer.Measure("今天天气很好", "Noto Sans CJK SC", 64);

        Assert.InRange(width / 6, 60, 68);
    }

    [Fact]
    public void Measure_ChineseWithLatinFont_FallsBackToCjkFontLikeFontconfig()
    {
        Assert.Contains("CJK", Measurer.FontFor('中', "DejaVu Sans"), StringComparison.Ordinal);

        // libass gives the fallback the primary font's line height, so it is a little narrower than one em
        var width = Measurer.Measure("中", "DejaVu Sans", 64);
        var tofu = Measurer.Measure("\uFFFF", "DejaVu Sans", 64);
        Assert.InRange(width, 64 * 0.7, 64 * 1.05);
        Assert.NotEqual(tofu, width, 1);
    }

    [Fact]
    public void Measure_Emoji_UsesColorEmojiFontAndHasWidth()
    {
        Assert.Equal("Noto Color Emoji", Measurer.FontFor(0x1F984, "DejaVu Sans"));

        var unicorn = Measurer.Measure("🦄", "DejaVu Sans", 64);

        Assert.InRange(unicorn, 64 * 0.8, 64 * 1.5);
    }

    [Fact]
    public void Measure_EmojiZwjSequence_IsOneGlyphWide()
    {
        var family = Measurer.Measure("👨‍👩‍👧", "DejaVu Sans", 64);
        var man = Measurer.Measure("👨", "DejaVu Sans", 64);
        var toned = Measurer.Measure("👩🏽", "DejaVu Sans", 64);

        Assert.InRange(family, man * 0.9, man * 1.1);
        Assert.InRange(toned, man * 0.9, man * 1.1);
    }

    [Fact]
    public void Measure_UnknownFamily_MeasuresWithTheFontconfigDefault()
    {
        var substitute = RequiredTool.Run("fc-match", "-f", "%{family[0]}", "No Such Font Family").Trim();

        var unknown = Measurer.Measure("Hello", "No Such Font Family", 64);
        var fallback = Measurer.Measure("Hello", substitute, 64);

        Assert.Equal(fallback, unknown, 3);
    }

    [Fact]
    public void LineHeight_IsAscentPlusDescent_LargerThanEm()
    {
        Assert.InRange(Measurer.LineHeight("DejaVu Sans", 100), 110, 125);
        Assert.InRange(Measurer.LineHeight("Noto Sans CJK SC", 100), 140, 150);
    }

    [Fact]
    public void FontResolver_InstalledFamily_Exists_UnknownDoesNot()
    {
        Assert.True(FontResolver.Exists("DejaVu Sans"));
        Assert.True(FontResolver.Exists("noto sans cjk sc"));
        Assert.True(FontResolver.Exists("Noto Color Emoji"));
        Assert.False(FontResolver.Exists("No Such Font Family"));
        Assert.False(FontResolver.Exists(""));
    }
}
