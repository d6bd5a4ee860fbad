using Reelforge.Core.Footage;
using Reelforge.Providers.Footage;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Footage;

public sealed class PixabayFootageSourceTests
{
    private static readonly FootageQuery OceanScene = new(0, ["ocean waves"], 5, Portrait: true);

    [Fact]
    public async Task Find_ParsesHitsWithTagsCreditsAndTheRenditionThatFitsTheOutput()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PixabayFootageSource(http, StockTestOptions.For(fake, temp.Path, "pb-key"));

        var items = await source.FindAsync(OceanScene, CancellationToken.None);

        var videos = items.Where(i => i.Kind == FootageKind.Video).ToList();
        Assert.Equal(["pixabay:125", "pixabay:177"], videos.Select(i => i.Id));
        var ocean = videos[0];
        Assert.Equal("pixabay", ocean.Source);
        Assert.Equal(18, ocean.DurationSeconds);
        // 2560×1440 is the smallest covering portrait 1080×1920 (height 1440 < 1920 does not): so 3840×2160
        Assert.Equal((3840, 2160), (ocean.Width, ocean.Height));
        Assert.EndsWith("/media/pixabay/125_large.mp4", ocean.DownloadUrl!.AbsoluteUri);
        Assert.Equal("Coverr-Free-Footage", ocean.Author);
        Assert.Equal("Pixabay Content License", ocean.License);
        Assert.Equal("ocean waves beach sea", ocean.Title);
        Assert.Equal(["ocean", "waves", "beach", "sea"], ocean.TagList);

        // "large" missing (empty url): the largest present is taken; an id-only page URL falls back to the tags
        var city = videos[1];
        Assert.Equal((1920, 1080), (city.Width, city.Height));
        Assert.Equal("city traffic night", city.Title);

        var query = fake.Server.Requests[0].Query;
        Assert.Contains("key=pb-key", query);
        Assert.Contains("q=ocean%20waves", query);
        Assert.Contains("safesearch=true", query);
        Assert.Contains("min_width=1080", query);
        Assert.Contains("min_height=1080", query);
        Assert.Equal(1, fake.SearchRequests); // totalHits says there is no page 2
    }

    [Fact]
    public async Task Find_InvalidKeyThenSpentKey_AreSetAsideForTheRun()
    {
        await using var fake = new FakeStockProviders();
        fake.RefusedKeys.Add("invalid");
        fake.SpentKeys.Add("spent");
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PixabayFootageSource(http, StockTestOptions.For(fake, temp.Path, "invalid", "spent", "ok"));

        Assert.NotEmpty(await source.FindAsync(OceanScene, CancellationToken.None));
        Assert.NotEmpty(await source.FindAsync(OceanScene with { Terms = ["forest"] }, CancellationToken.None));

        Assert.Equal(4, fake.SearchRequests);
        Assert.EndsWith("key=ok", fake.Server.Requests[^1].Query.Split('&')[0]);
    }

    [Fact]
    public async Task Find_WithNoHits_ReturnsEmpty()
    {
        await using var fake = new FakeStockProviders { EmptyResults = true };
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PixabayFootageSource(http, StockTestOptions.For(fake, temp.Path));

        Assert.Empty(await source.FindAsync(OceanScene, CancellationToken.None));
    }
}
