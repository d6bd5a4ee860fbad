using Reelforge.Providers.Footage;

namespace Reelforge.Providers.Tests.Footage;

public static class StockTestOptions
{
    /// <summary>Options pointing both providers at the fake, with fast retries and small pages.</summary>
    public static StockOptions For(FakeStockProviders fake, string cacheDirectory, params string[] keys) => new()
    {
        Pexels = new StockProviderOptions { ApiKeys = keys.Length > 0 ? keys : ["pexels-key-1"], BaseUrl = fake.BaseUrl },
        Pixabay = new StockProviderOptions { ApiKeys = keys.Length > 0 ? keys : ["pixabay-key-1"], BaseUrl = fake.BaseUrl },
        CacheDirectory = cacheDirectory,
        AllowLoopbackForTests = true,
        ResultsPerPage = 3,
        MinResults = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };
}
