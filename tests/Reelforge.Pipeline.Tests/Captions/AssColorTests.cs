using Reelforge.Pipeline.Captions;

namespace Reelforge.Pipeline.Tests.Captions;

public class AssColorTests
{
    [Theory]
    [InlineData("#FFFFFF", "&H00FFFFFF")]
    [InlineData("#FF8000", "&H000080FF")]
    [InlineData("#12345678", "&H87563412")]
    [InlineData("#000000FF", "&H00000000")]
    [InlineData("#00000000", "&HFF000000")]
    [InlineData("ffd400", "&H0000D4FF")]
    public void Style_ConvertsToInvertedAlphaBgr(string color, string expected) =>
        Assert.Equal(expected, AssColor.Style(color));

    [Fact]
    public void Inline_IsBgrWithoutAlpha() => Assert.Equal("&H00D4FF&", AssColor.Inline("#FFD400"));

    [Theory]
    [InlineData("red")]
    [InlineData("#FFF")]
    [InlineData("#GG0000")]
    public void Style_RejectsWhatIsNotAColour(string color) =>
        Assert.Throws<ArgumentException>(() => AssColor.Style(color));
}
