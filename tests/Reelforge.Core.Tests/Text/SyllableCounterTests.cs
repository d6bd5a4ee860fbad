using Reelforge.Core.Text;

namespace Reelforge.Core.Tests.Text;

public class SyllableCounterTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("water", 2)]
    [InlineData("make", 1)]
    [InlineData("table", 2)]
    [InlineData("beautiful", 3)]
    [InlineData("jumped", 1)]
    [InlineData("wanted", 2)]
    [InlineData("yesterday,", 3)]
    [InlineData("information.", 4)]
    [InlineData("the", 1)]
    public void Count_English_UsesTheHeuristic(string word, int expected) =>
        Assert.Equal(expected, SyllableCounter.Count(word, "en"));

    [Theory]
    [InlineData("¿Cómo", "es", 2)]
    [InlineData("mañana", "es", 3)]
    [InlineData("familia", "es", 3)]
    [InlineData("Straße", "de", 2)]
    public void Count_OtherLatinLanguages_CountsVowelGroups(string word, string language, int expected) =>
        Assert.Equal(expected, SyllableCounter.Count(word, language));

    [Theory]
    [InlineData("你", 1)]
    [InlineData("界。", 1)]
    [InlineData("年”。", 1)]
    public void Count_Cjk_OnePerCharacter(string word, int expected) =>
        Assert.Equal(expected, SyllableCounter.Count(word, "zh"));

    [Theory]
    [InlineData("2.5", 3)]
    [InlineData("7", 1)]
    [InlineData("2025", 4)]
    [InlineData("1,000", 5)]
    public void Count_Numbers_EstimateTheSpokenLength(string word, int expected) =>
        Assert.Equal(expected, SyllableCounter.Count(word));

    [Fact]
    public void Count_PunctuationOnly_IsZero() => Assert.Equal(0, SyllableCounter.Count("—"));
}
