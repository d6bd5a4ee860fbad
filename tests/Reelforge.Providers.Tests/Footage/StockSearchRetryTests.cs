using Reelforge.Core.Footage;
using Reelforge.Providers.Footage;
using Reelforge.Providers.Resilience;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Footage;

/// <summary>Stock searches are retried by their named policy (Resilience:Stock); a 429 still moves to the next key.</summary>
public sealed class StockSearchRetryTests
{
    private static readonly FootageQuery OceanScene = new(0, ["ocean waves"], 5, Portrait: true);

    private static RetryPolicy Policy(int maxRetries, double maxDelaySeconds = 5) => new()
    {
        MaxRetries = maxRetries,
        BaseDelay = TimeSpan.FromMilliseconds(20),
        MaxDelay = TimeSpan.FromSeconds(maxDelaySeconds),
        AttemptTimeout = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public async Task Find_503WithRetryAfter_WaitsWhatTheServerSaidThenSucceedsWithTheSameKey()
    {
        await using var fake = new FakeStockProviders { BusySearches = 1, BusyRetryAfter = "1" };
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PexelsFootageSource(http, StockTestOptions.For(fake, temp.Path, "k1", "k2"), retry: Policy(2));
        var started = TimeProvider.System.GetTimestamp();

        var items = await source.FindAsync(OceanScene, CancellationToken.None);

        Assert.NotEmpty(items);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.95), "Retry-After: 1 was not honoured (the backoff is 20 ms)");
        // the busy answer and its retry both went with the same key: a 503 is not the key's fault (the photo search
        // runs beside it with the next key, so only the video searches are compared)
        var videoSearches = fake.Server.Requests.Where(r => r.Path.StartsWith("/videos/search", StringComparison.Ordinal)).Select(r => r.Authorization).ToList();
        Assert.Equal(videoSearches[0], videoSearches[1]);
    }

    [Fact]
    public async Task Find_RetryAfterLongerThanMaxDelay_IsNotWaitedFor()
    {
        await using var fake = new FakeStockProviders { BusySearches = 5, BusyRetryAfter = "120" };
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PexelsFootageSource(http, StockTestOptions.For(fake, temp.Path), retry: Policy(2, maxDelaySeconds: 5));
        var started = TimeProvider.System.GetTimestamp();

        var error = await Assert.ThrowsAsync<StockFootageException>(() => source.FindAsync(OceanScene, CancellationToken.None));

        Assert.Contains("HTTP 503", error.Message);
        Assert.Equal(1, fake.SearchRequests);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Find_MaxRetriesZero_MeansOneAttempt()
    {
        await using var fake = new FakeStockProviders { BusySearches = 1, BusyRetryAfter = "0" };
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PixabayFootageSource(http, StockTestOptions.For(fake, temp.Path, "pb-key"), retry: Policy(0));

        var error = await Assert.ThrowsAsync<StockFootageException>(() => source.FindAsync(OceanScene, CancellationToken.None));

        Assert.Contains("HTTP 503", error.Message);
        Assert.Equal(1, fake.SearchRequests);
    }

    [Fact]
    public async Task Find_ServerErrors_AreRetriedUpToMaxRetries()
    {
        await using var fake = new FakeStockProviders { BusySearches = 2, BusyRetryAfter = "0" };
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var source = new PixabayFootageSource(http, StockTestOptions.For(fake, temp.Path, "pb-key"), retry: Policy(2));

        var items = await source.FindAsync(OceanScene, CancellationToken.None);

        Assert.NotEmpty(items);
        Assert.True(fake.SearchRequests >= 3);
    }
}
