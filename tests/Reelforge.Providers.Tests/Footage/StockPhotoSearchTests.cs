using Reelforge.Core.Footage;
using Reelforge.Providers.Footage;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Footage;

public sealed class StockPhotoSearchTests
{
    private static readonly FootageQuery LighthouseScene = new(0, ["lighthouse"], 5, Portrait: true);

    [Fact]
    public async Task PexelsFind_ParsesPhotosAsImagesWithCreditsAndTheOriginalWhenNothingSmallerCoversTheOutput()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PexelsFootageSource(http, StockTestOptions.For(fake, temp.Path));

        var items = await source.FindAsync(LighthouseScene, CancellationToken.None);

        var photo = Assert.Single(items, i => i.Id == "pexels-photo:10101");
        Assert.Equal(FootageKind.Image, photo.Kind);
        Assert.Null(photo.DurationSeconds);
        Assert.Equal((4000, 6000), (photo.Width, photo.Height)); // large2x is 867×1300: short of 1080×1920
        Assert.EndsWith("/media/pexels/photos/10101/pexels-photo-10101.jpeg", photo.DownloadUrl!.AbsoluteUri);
        Assert.Equal("https://www.pexels.com/photo/white-lighthouse-on-a-rocky-cliff-10101/", photo.PageUrl!.AbsoluteUri);
        Assert.Equal("Jane Doe", photo.Author);
        Assert.Equal("Pexels License", photo.License);
        Assert.Equal("white lighthouse on a rocky cliff", photo.Title);
        Assert.Contains("cliff", photo.TagList);

        // empty alt: the title comes from the page URL
        Assert.Equal("waves crashing on shore", Assert.Single(items, i => i.Id == "pexels-photo:10202").Title);

        var search = Assert.Single(fake.Server.Requests, r => r.Path == "/v1/search");
        Assert.Contains("query=lighthouse", search.Query);
        Assert.Contains("orientation=portrait", search.Query);
        Assert.Contains("size=small", search.Query);
        Assert.Contains("per_page=3", search.Query);
        Assert.Contains("page=1", search.Query);
    }

    [Fact]
    public async Task PexelsFind_ForASmallerOutput_TakesTheSmallestPhotoRenditionThatCoversIt()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var options = StockTestOptions.For(fake, temp.Path);
        options.OutputWidth = 720;
        options.OutputHeight = 1280;
        var source = new PexelsFootageSource(http, options);

        var photo = Assert.Single(await source.FindAsync(LighthouseScene, CancellationToken.None), i => i.Id == "pexels-photo:10101");

        Assert.Equal((867, 1300), (photo.Width, photo.Height));
        Assert.Contains("dpr=2", photo.DownloadUrl!.Query);
    }

    [Fact]
    public async Task PixabayFind_ParsesImagesWithCreditsAndTheSmallestRenditionCoveringTheOutput()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PixabayFootageSource(http, StockTestOptions.For(fake, temp.Path, "pb-key"));

        var items = await source.FindAsync(LighthouseScene, CancellationToken.None);

        var photo = Assert.Single(items, i => i.Kind == FootageKind.Image);
        Assert.Equal("pixabay-image:195", photo.Id);
        // 4000×6000 original: fullHD (1280×1920) covers 1080×1920, the 1280 px large image does not
        Assert.Equal((1280, 1920), (photo.Width, photo.Height));
        Assert.EndsWith("/media/pixabay/get/195_1920.jpg", photo.DownloadUrl!.AbsoluteUri);
        Assert.Equal("https://pixabay.com/photos/lighthouse-coast-sea-195/", photo.PageUrl!.AbsoluteUri);
        Assert.Equal("Pexels-Lover", photo.Author);
        Assert.Equal("Pixabay Content License", photo.License);
        Assert.Equal(["lighthouse", "coast", "sea"], photo.TagList);

        var search = Assert.Single(fake.Server.Requests, r => r.Path == "/api/");
        Assert.StartsWith("key=pb-key&", search.Query.TrimStart('?'));
        foreach (var part in new[] { "q=lighthouse", "image_type=photo", "orientation=vertical", "min_width=1080", "min_height=1920", "safesearch=true" })
        {
            Assert.Contains(part, search.Query);
        }
    }

    [Fact]
    public async Task Find_SceneWhoseTermsMatchOnlyAPhoto_RanksThePhotoFirstAndDownloadsItAsAnImage()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var options = StockTestOptions.For(fake, temp.Path);
        var source = new PexelsFootageSource(http, options);
        using var downloader = StockFootageFactory.CreateDownloader(http, options);

        var items = await source.FindAsync(LighthouseScene, CancellationToken.None);
        var first = await downloader.TryDownloadAsync(items[0], CancellationToken.None);

        Assert.Contains(items, i => i.Kind == FootageKind.Video);
        Assert.Equal("pexels-photo:10101", items[0].Id);
        Assert.NotNull(first);
        Assert.Equal(FootageKind.Image, first.Kind);
        Assert.EndsWith(".jpg", first.Path);
    }

    [Fact]
    public async Task Find_SceneAVideoFitsAsWell_KeepsTheVideoAheadOfPhotos()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PexelsFootageSource(http, StockTestOptions.For(fake, temp.Path));

        var items = await source.FindAsync(new FootageQuery(0, ["waves"], 5, Portrait: true), CancellationToken.None);

        Assert.Contains(items, i => i.Kind == FootageKind.Image);
        Assert.Equal(FootageKind.Video, items[0].Kind);
    }

    [Fact]
    public async Task Find_WithPhotosTurnedOff_NeverSearchesPhotos()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var options = StockTestOptions.For(fake, temp.Path);
        options.IncludePhotos = false;

        var pexels = await new PexelsFootageSource(http, options).FindAsync(LighthouseScene, CancellationToken.None);
        var pixabay = await new PixabayFootageSource(http, options).FindAsync(LighthouseScene, CancellationToken.None);

        Assert.DoesNotContain(pexels.Concat(pixabay), i => i.Kind == FootageKind.Image);
        Assert.Equal(0, fake.PhotoSearchRequests);
    }

    [Fact]
    public async Task Find_WithNoPhotosOrVideos_ReturnsEmptyAfterAskingBoth()
    {
        await using var fake = new FakeStockProviders { EmptyResults = true };
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var options = StockTestOptions.For(fake, temp.Path);

        Assert.Empty(await new PexelsFootageSource(http, options).FindAsync(LighthouseScene, CancellationToken.None));
        Assert.Empty(await new PixabayFootageSource(http, options).FindAsync(LighthouseScene, CancellationToken.None));
        Assert.Equal(2, fake.PhotoSearchRequests);
    }

    [Fact]
    public async Task Find_PhotoSearchMeetingARefusedThenSpentKey_SetsThemAsideAndUsesTheNext()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        // 1 key for the videos' page 1, the rest for the photo search: refused (401), spent (429), then good
        var options = StockTestOptions.For(fake, temp.Path, "v-key", "bad-key", "spent-key", "good-key");
        options.MaxPages = 1;
        fake.RefusedKeys.Add("bad-key");
        fake.SpentKeys.Add("spent-key");
        var source = new PexelsFootageSource(http, options);

        var items = await source.FindAsync(LighthouseScene, CancellationToken.None);

        Assert.Equal("pexels-photo:10101", items[0].Id);
        Assert.Equal(["bad-key", "spent-key", "good-key"],
            fake.Server.Requests.Where(r => r.Path == "/v1/search").Select(r => r.Authorization).ToList());
    }

    [Fact]
    public async Task Find_PixabayPhotoSearchWhenEveryKeyIsRefused_ThrowsSayingSo()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var options = StockTestOptions.For(fake, temp.Path, "v-key", "bad-key");
        options.MaxPages = 1;
        fake.RefusedKeys.Add("bad-key");
        var source = new PixabayFootageSource(http, options);
        await source.FindAsync(LighthouseScene, CancellationToken.None); // videos use v-key, photos bad-key then v-key
        fake.SpentKeys.Add("v-key");

        var error = await Assert.ThrowsAsync<StockFootageException>(() => source.FindAsync(LighthouseScene with { Terms = ["coast"] }, CancellationToken.None));

        Assert.Contains("Every pixabay API key was refused", error.Message);
    }

    [Fact]
    public async Task Find_WhenThePhotoSearchFails_KeepsTheVideosAndLogsWhy()
    {
        await using var fake = new FakeStockProviders { PhotoSearchesFail = true };
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var options = StockTestOptions.For(fake, temp.Path);
        var logger = new ListLogger<PexelsFootageSource>();

        var pexels = await new PexelsFootageSource(http, options, logger: logger).FindAsync(LighthouseScene, CancellationToken.None);
        var pixabay = await new PixabayFootageSource(http, options).FindAsync(LighthouseScene, CancellationToken.None);

        Assert.NotEmpty(pexels);
        Assert.NotEmpty(pixabay);
        Assert.All(pexels.Concat(pixabay), i => Assert.Equal(FootageKind.Video, i.Kind));
        Assert.Contains(logger.Lines, line => line.Contains("photo search failed", StringComparison.Ordinal));
    }
}
