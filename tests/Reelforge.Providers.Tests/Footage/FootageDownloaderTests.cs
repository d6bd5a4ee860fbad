using System.Net;
using Reelforge.Core.Footage;
using Reelforge.Providers.Footage;
using Reelforge.Providers.Resilience;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Footage;

public sealed class FootageDownloaderTests
{
    private static FootageItem Item(Uri url, string id = "pexels:1") =>
        new(id, "pexels", FootageKind.Video, null, 10, 1080, 1920) { DownloadUrl = url };

    private static FootageDownloader Downloader(FakeStockProviders fake, TempDirectory temp, HttpClient http,
        Action<StockOptions>? configure = null, TimeProvider? time = null)
    {
        var options = StockTestOptions.For(fake, temp.Path);
        configure?.Invoke(options);
        return new FootageDownloader(http, options, StockFootageFactory.DownloadHosts, FootageMediaCache.FromOptions(options, time), timeProvider: time);
    }

    [Fact]
    public async Task Download_SavesTheFileInTheCacheAndSetsPath()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        using var downloader = Downloader(fake, temp, http);

        var item = await downloader.DownloadAsync(Item(fake.Server.Url("media/pexels/1-1080.mp4")), CancellationToken.None);

        Assert.NotNull(item.Path);
        Assert.StartsWith(temp.Path, item.Path);
        Assert.EndsWith(".mp4", item.Path);
        Assert.Equal(FakeMedia.Mp4(fake.MediaBytes), await File.ReadAllBytesAsync(item.Path));
        Assert.Equal("pexels:1", item.Id);
    }

    [Fact]
    public async Task Download_SameUrlAgain_IsACacheHitWithoutAnotherRequest()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        var url = fake.Server.Url("media/pexels/2-1080.mp4");

        using (var first = Downloader(fake, temp, http))
        {
            await first.DownloadAsync(Item(url), CancellationToken.None);
        }

        using var second = Downloader(fake, temp, http);
        var again = await second.DownloadAsync(Item(url, "pexels:2"), CancellationToken.None);

        Assert.True(File.Exists(again.Path));
        Assert.Equal(1, fake.MediaRequests);
    }

    [Theory]
    [InlineData("broken.mp4", "not video or image")]
    [InlineData("not-a-video.mp4", "not a video")]
    public async Task Download_AFileThatIsNotAVideo_IsRejectedAndNotCached(string name, string reason)
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        using var downloader = Downloader(fake, temp, http);

        var error = await Assert.ThrowsAsync<StockFootageException>(
            () => downloader.DownloadAsync(Item(fake.Server.Url("media/" + name)), CancellationToken.None));

        Assert.Contains(reason, error.Message);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories));
        Assert.Equal(1, fake.MediaRequests); // not retried: it will not get better
    }

    [Theory]
    [InlineData("huge.mp4")]
    [InlineData("chunked-huge.mp4")]
    public async Task Download_OverTheSizeLimit_IsRejectedByContentLengthOrByCountingTheStream(string name)
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        using var downloader = Downloader(fake, temp, http, o => o.MaxDownloadBytes = fake.MediaBytes * 2);

        var error = await Assert.ThrowsAsync<StockFootageException>(
            () => downloader.DownloadAsync(Item(fake.Server.Url("media/" + name)), CancellationToken.None));

        Assert.Contains("limit", error.Message);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Download_ServerErrorThenSuccess_IsRetried()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        using var downloader = Downloader(fake, temp, http);

        var item = await downloader.DownloadAsync(Item(fake.Server.Url("media/flaky.mp4")), CancellationToken.None);

        Assert.True(File.Exists(item.Path));
        Assert.Equal(2, fake.MediaRequests);
    }

    [Fact]
    public async Task Download_PersistentServerError_GivesUpAfterTheConfiguredAttempts()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        using var downloader = Downloader(fake, temp, http, o => o.DownloadAttempts = 3);

        var error = await Assert.ThrowsAsync<StockFootageException>(
            () => downloader.DownloadAsync(Item(fake.Server.Url("media/always-500.mp4")), CancellationToken.None));

        Assert.Contains("HTTP 500", error.Message);
        Assert.Equal(3, fake.MediaRequests);
    }

    [Fact]
    public async Task Download_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        using var downloader = Downloader(fake, temp, http);
        var started = TimeProvider.System.GetTimestamp();

        var item = await downloader.DownloadAsync(Item(fake.Server.Url("media/limited.mp4")), CancellationToken.None);

        Assert.True(File.Exists(item.Path));
        Assert.Equal(2, fake.MediaRequests);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.95), "Retry-After: 1 was not honoured");
    }

    [Fact]
    public async Task Download_PolicyWithMaxRetriesZero_MakesOneAttempt()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        var options = StockTestOptions.For(fake, temp.Path);
        using var downloader = new FootageDownloader(http, options, StockFootageFactory.DownloadHosts,
            retry: new RetryPolicy { MaxRetries = 0, BaseDelay = TimeSpan.FromMilliseconds(20) });

        var error = await Assert.ThrowsAsync<StockFootageException>(
            () => downloader.DownloadAsync(Item(fake.Server.Url("media/flaky.mp4")), CancellationToken.None));

        Assert.Contains("HTTP 503", error.Message);
        Assert.Equal(1, fake.MediaRequests);
    }

    [Fact]
    public async Task Download_RetryAfterLongerThanThePolicysMaxDelay_FailsWithoutWaiting()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        var options = StockTestOptions.For(fake, temp.Path);
        using var downloader = new FootageDownloader(http, options, StockFootageFactory.DownloadHosts,
            retry: new RetryPolicy { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(500) });
        var started = TimeProvider.System.GetTimestamp();

        var error = await Assert.ThrowsAsync<StockFootageException>(
            () => downloader.DownloadAsync(Item(fake.Server.Url("media/limited.mp4")), CancellationToken.None));

        Assert.Contains("HTTP 429", error.Message);
        Assert.Equal(1, fake.MediaRequests);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(0.9), "Retry-After: 1 is over the 500 ms cap and must not be waited for");
    }

    [Fact]
    public async Task Download_WithoutLoopbackAllowance_RefusesPlainHttpAndForeignOrPrivateHosts()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        using var downloader = Downloader(fake, temp, http, o => o.AllowLoopbackForTests = false);

        foreach (var url in new[] { fake.Server.Url("media/a.mp4"), new Uri("https://evil.example.com/a.mp4"), new Uri("https://127.0.0.1/a.mp4") })
        {
            await Assert.ThrowsAsync<StockFootageException>(() => downloader.DownloadAsync(Item(url), CancellationToken.None));
        }

        Assert.Equal(0, fake.MediaRequests);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("151.101.1.1", false)]
    [InlineData("2606:4700::1", false)]
    public void IsInternal_RecognisesPrivateAndLoopbackAddresses(string address, bool isInternal) =>
        Assert.Equal(isInternal, DownloadAddressPolicy.IsInternal(IPAddress.Parse(address)));

    [Fact]
    public async Task Cache_OverItsLimit_EvictsTheLeastRecentlyUsedFile()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        var clock = new ManualTimeProvider();
        using var downloader = Downloader(fake, temp, http,
            o => (o.CacheMaxBytes, o.MaxDownloadBytes) = (fake.MediaBytes * 2, fake.MediaBytes * 2), clock);
        var a = Item(fake.Server.Url("media/a.mp4"), "a");
        var b = Item(fake.Server.Url("media/b.mp4"), "b");
        var c = Item(fake.Server.Url("media/c.mp4"), "c");

        var pathA = (await downloader.DownloadAsync(a, CancellationToken.None)).Path;
        clock.Advance(TimeSpan.FromMinutes(1));
        var pathB = (await downloader.DownloadAsync(b, CancellationToken.None)).Path;
        clock.Advance(TimeSpan.FromMinutes(1));
        await downloader.DownloadAsync(a, CancellationToken.None); // a is now more recent than b
        clock.Advance(TimeSpan.FromMinutes(1));
        var pathC = (await downloader.DownloadAsync(c, CancellationToken.None)).Path;

        Assert.True(File.Exists(pathA));
        Assert.False(File.Exists(pathB));
        Assert.True(File.Exists(pathC));
        Assert.Equal(3, fake.MediaRequests);
    }

    [Fact]
    public async Task TryDownload_BrokenMedia_GivesNullInsteadOfThrowingAndTheNextItemStillDownloads()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        using var downloader = Downloader(fake, temp, http);

        var broken = await downloader.TryDownloadAsync(Item(fake.Server.Url("media/broken.mp4"), "broken"), CancellationToken.None);
        var good = await downloader.TryDownloadAsync(Item(fake.Server.Url("media/good.mp4"), "good"), CancellationToken.None);

        Assert.Null(broken);
        Assert.Equal("good", good?.Id);
        Assert.True(File.Exists(good?.Path));
    }

    [Fact]
    public async Task Download_ManyAtOnce_NeverRunsMoreThanTheParallelLimit()
    {
        await using var fake = new FakeStockProviders { Latency = TimeSpan.FromMilliseconds(100) };
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        using var downloader = Downloader(fake, temp, http, o => o.MaxParallelDownloads = 2);
        var started = TimeProvider.System.GetTimestamp();

        var items = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(i => downloader.DownloadAsync(Item(fake.Server.Url($"media/p{i}.mp4"), $"p{i}"), CancellationToken.None)));

        Assert.All(items, i => Assert.True(File.Exists(i.Path)));
        // 6 downloads of ≥100 ms, 2 at a time: at least 3 rounds
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(290));
    }
}
