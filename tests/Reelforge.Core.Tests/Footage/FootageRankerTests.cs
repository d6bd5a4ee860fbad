using Reelforge.Core.Footage;

namespace Reelforge.Core.Tests.Footage;

public sealed class FootageRankerTests
{
    private static readonly FootageItem City = Video("pexels:2", "busy city street at night", 20, 1080, 1920);
    private static readonly FootageItem Ocean = Video("pexels:1", "sea wave crashing on the ocean shore", 20, 1080, 1920);

    private static FootageItem Video(string id, string title, double seconds, int width, int height) =>
        new(id, "pexels", FootageKind.Video, null, seconds, width, height, Tags: FootageText.Words(title)) { Title = title };

    [Fact]
    public void Rank_SceneAboutOceanWaves_PutsTheOceanClipAboveTheCityClip()
    {
        var ranker = new FootageRanker(1080, 1920);
        var scene = new FootageQuery(0, ["ocean waves"], 6, Portrait: true);

        var ranked = ranker.Rank(scene, [City, Ocean]);

        Assert.Equal([Ocean, City], ranked);
    }

    [Fact]
    public void Rank_PrefersClipsLongEnoughSharpEnoughAndTheRightWayRound()
    {
        var ranker = new FootageRanker(1080, 1920);
        var scene = new FootageQuery(0, ["ocean"], 10, Portrait: true);
        var tooShort = Video("a", "ocean", 3, 1080, 1920);
        var landscapeSmall = Video("b", "ocean", 12, 1280, 720);
        var good = Video("c", "ocean", 12, 1080, 1920);

        Assert.Equal([good, tooShort, landscapeSmall], ranker.Rank(scene, [tooShort, landscapeSmall, good]));
    }

    [Fact]
    public void Rank_PenalisesFootageUsedEarlierInThisVideoOrInRecentVideos()
    {
        var scene = new FootageQuery(3, ["ocean"], 5, Portrait: true);
        var first = Video("pexels:10", "ocean", 12, 1080, 1920);
        var second = Video("pexels:11", "ocean", 12, 1080, 1920);
        var third = Video("pexels:12", "ocean", 12, 1080, 1920);
        var ranker = new FootageRanker(1080, 1920, new HashSet<string> { "pexels:11" });

        var ranked = ranker.Rank(scene, [first, second, third], new HashSet<string> { "pexels:10" });

        Assert.Equal([third, second, first], ranked);
    }

    [Theory]
    [InlineData("waves", "wave")]
    [InlineData("cities", "city")]
    [InlineData("beaches", "beach")]
    [InlineData("grass", "grass")]
    [InlineData("bus", "bus")]
    public void Stem_FoldsSimplePlurals(string word, string stem) => Assert.Equal(stem, FootageText.Stem(word));
}
