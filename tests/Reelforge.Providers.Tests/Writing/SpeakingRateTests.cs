using Reelforge.Providers.Writing;

namespace Reelforge.Providers.Tests.Writing;

public sealed class SpeakingRateTests
{
    [Theory]
    [InlineData("en", 60, 150)]
    [InlineData("es", 30, 80)]
    [InlineData("zh", 60, 250)]
    [InlineData("en-US", 40, 100)]
    [InlineData("xx", 60, 150)]
    public void LengthFor_UsesTheLanguagesRate(string language, double seconds, int expected) =>
        Assert.Equal(expected, SpeakingRate.LengthFor(language, seconds));

    [Fact]
    public void Describe_CountsCharactersForChinese()
    {
        Assert.Equal("about 250 characters", SpeakingRate.Describe("zh-CN", 60));
        Assert.Equal("about 150 words", SpeakingRate.Describe("en", 60));
    }
}
