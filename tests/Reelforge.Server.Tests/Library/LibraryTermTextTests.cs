using Reelforge.Jobs.Library;

namespace Reelforge.Server.Tests.Library;

public sealed class LibraryTermTextTests
{
    [Theory]
    [InlineData("oceanWaves-01", "ocean wave")]
    [InlineData("traffic_night.final", "traffic night final")]
    [InlineData("The City At Night", "city night")]
    [InlineData("HDRSunsetBeach", "hdr sunset beach")]
    [InlineData("IMG_2041", "img")]
    public void Terms_SplitSeparatorsAndCamelCase_DropStopWordsAndNumbers_AndStem(string text, string expected)
    {
        Assert.Equal(expected.Split(' '), LibraryTermText.Terms(text));
    }

    [Fact]
    public void Terms_OfSeveralTexts_AreDistinct()
    {
        Assert.Equal(["wave", "ocean"], LibraryTermText.Terms(["Waves", "ocean waves", null]));
    }
}
