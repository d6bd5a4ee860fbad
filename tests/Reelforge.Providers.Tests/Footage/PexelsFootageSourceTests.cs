using Reelforge.Core.Footage;
using Reelforge.Providers.Footage;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Footage;

public sealed class PexelsFootageSourceTests
{
    private static readonly FootageQuery OceanScene = new(0, ["ocean waves"], 5, Portrait: true);

    [Fact]
    public async Task Find_ParsesVideosWithCreditsAndTheRenditionThatFitsTheOutput()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PexelsFootageSource(http, StockTestOptions.For(fake, temp.Path));

        var items = await source.FindAsync(OceanScene, CancellationToken.None);

        var ocean = Assert.Single(items, i => i.Id == "pexels:1409899");
        Assert.Equal("pexels", ocean.Source);
        Assert.Equal(FootageKind.Video, ocean.Kind);
        Assert.Null(ocean.Path);
        Assert.Equal(12, ocean.DurationSeconds);
        // smallest file covering 1080×1920, not the 4K one, not the HLS playlist
        Assert.Equal((1080, 1920), (ocean.Width, ocean.Height));
        Assert.EndsWith("/media/pexels/1409899-1080.mp4", ocean.DownloadUrl!.AbsoluteUri);
        Assert.Equal("https://www.pexels.com/video/sea-waves-rushing-to-the-shore-1409899/", ocean.PageUrl!.AbsoluteUri);
        Assert.Equal("Ruvim Miksanskiy", ocean.Author);
        Assert.Equal("Pexels License", ocean.License);
        Assert.Equal("sea waves rushing to the shore", ocean.Title);
        Assert.Contains("waves", ocean.TagList);
        Assert.Contains("shore", ocean.TagList);

        // no rendition covers portrait 1080×1920: the largest is taken rather than a smaller one
        var city = Assert.Single(items, i => i.Id == "pexels:1854671");
        Assert.Equal((1920, 1080), (city.Width, city.Height));
    }

    [Fact]
    public async Task Find_SendsKeyInAuthorizationAndTheScenesSearchParameters()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PexelsFootageSource(http, StockTestOptions.For(fake, temp.Path, "secret-1"));

        await source.FindAsync(OceanScene, CancellationToken.None);

        var first = fake.Server.Requests[0];
        Assert.Equal("/videos/search", first.Path);
        Assert.Equal("secret-1", first.Authorization);
        Assert.Contains("query=ocean%20waves", first.Query);
        Assert.Contains("orientation=portrait", first.Query);
        Assert.Contains("size=medium", first.Query);
        Assert.Contains("per_page=3", first.Query);
        Assert.Contains("page=1", first.Query);
    }

    [Fact]
    public async Task Find_DropsClipsShorterThanTheSceneAndFetchesTheNextPageWhenTooFewAreLeft()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PexelsFootageSource(http, StockTestOptions.For(fake, temp.Path));

        var items = await source.FindAsync(OceanScene, CancellationToken.None);

        Assert.DoesNotContain(items, i => i.Id == "pexels:1111111"); // 4 s for a 5 s scene
        Assert.Contains(items, i => i.Id == "pexels:1222222"); // from page 2
        Assert.Equal(2, fake.Server.CountRequests("/videos/search"));
        Assert.Equal("pexels:1409899", items[0].Id); // portrait ocean clip ranks first
    }

    [Fact]
    public async Task Find_WithNoResults_ReturnsEmpty()
    {
        await using var fake = new FakeStockProviders { EmptyResults = true };
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PexelsFootageSource(http, StockTestOptions.For(fake, temp.Path));

        var items = await source.FindAsync(OceanScene, CancellationToken.None);

        Assert.Empty(items);
        Assert.Equal(1, fake.SearchRequests);
    }

    [Fact]
    public async Task Find_KeyRefusedWith401Or429_IsSetAsideAndTheNextKeyUsedWithoutLoggingAnyKey()
    {
        await using var fake = new FakeStockProviders();
        fake.RefusedKeys.Add("bad-key");
        fake.SpentKeys.Add("spent-key");
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var logger = new ListLogger<PexelsFootageSource>();
        var source = new PexelsFootageSource(http, StockTestOptions.For(fake, temp.Path, "bad-key", "spent-key", "good-key"), logger: logger);

        var items = await source.FindAsync(OceanScene, CancellationToken.None);

        Assert.NotEmpty(items);
        var keysUsed = fake.Server.Requests.Select(r => r.Authorization).ToList();
        // video page 2 and the photo search go straight to the good key
        Assert.Equal(["bad-key", "spent-key", "good-key", "good-key", "good-key"], keysUsed);
        Assert.Equal(2, logger.Lines.Count);
        Assert.DoesNotContain(logger.Lines, line => line.Contains("-key", StringComparison.Ordinal));
        Assert.Contains(logger.Lines, line => line.Contains("key #1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_KeysRotateRoundRobinAcrossRequests()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PexelsFootageSource(http, StockTestOptions.For(fake, temp.Path, "k1", "k2"));

        await source.FindAsync(OceanScene, CancellationToken.None);
        await source.FindAsync(OceanScene with { Terms = ["city night"] }, CancellationToken.None);

        // per scene: two video pages and one photo page
        Assert.Equal(["k1", "k2", "k1", "k2", "k1", "k2"], fake.Server.Requests.Select(r => r.Authorization).ToList());
    }

    [Fact]
    public async Task Find_WhenEveryKeyIsRefused_ThrowsSayingSo()
    {
        await using var fake = new FakeStockProviders();
        fake.RefusedKeys.Add("a");
        fake.SpentKeys.Add("b");
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PexelsFootageSource(http, StockTestOptions.For(fake, temp.Path, "a", "b"));

        var error = await Assert.ThrowsAsync<StockFootageException>(() => source.FindAsync(OceanScene, CancellationToken.None));

        Assert.Contains("Every pexels API key was refused", error.Message);
        Assert.DoesNotContain("\"a\"", error.Message);
    }

    [Fact]
    public async Task Find_SameQueryWithinADay_IsAnsweredFromTheSearchCache()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var clock = new ManualTimeProvider();
        var options = StockTestOptions.For(fake, temp.Path);
        var cache = StockSearchCache.FromOptions(options, clock);

        var first = await new PexelsFootageSource(http, options, cache).FindAsync(OceanScene, CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(23));
        var second = await new PexelsFootageSource(http, options, cache).FindAsync(OceanScene, CancellationToken.None);
        Assert.Equal(2, fake.SearchRequests);
        Assert.Equal(first.Select(i => (i.Id, i.DownloadUrl, i.Author, i.Title)), second.Select(i => (i.Id, i.DownloadUrl, i.Author, i.Title)));

        clock.Advance(TimeSpan.FromHours(2));
        await new PexelsFootageSource(http, options, cache).FindAsync(OceanScene, CancellationToken.None);
        Assert.Equal(4, fake.SearchRequests);
    }
}
