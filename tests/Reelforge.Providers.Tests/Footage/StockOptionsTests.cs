using Reelforge.Core.Footage;
using Reelforge.Providers.Footage;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Footage;

public sealed class StockOptionsTests
{
    [Fact]
    public void Defaults_AreValidAndPointAtTheRealProviders()
    {
        var options = new StockOptions();

        Assert.Empty(options.Validate());
        Assert.Equal("https://api.pexels.com/", options.PexelsBaseUrl.AbsoluteUri);
        Assert.Equal("https://pixabay.com/", options.PixabayBaseUrl.AbsoluteUri);
        Assert.Equal(3, options.MaxParallelDownloads);
        Assert.Equal(200L * 1024 * 1024, options.MaxDownloadBytes);
        Assert.Equal(5L * 1024 * 1024 * 1024, options.CacheMaxBytes);
    }

    [Fact]
    public void Validate_PlainHttpBaseUrl_IsAProblemUnlessLoopbackIsAllowedForTests()
    {
        var options = new StockOptions { Pexels = new StockProviderOptions { BaseUrl = new Uri("http://127.0.0.1:9/") } };

        Assert.Contains(options.Validate(), p => p.Contains("Footage:Pexels:BaseUrl"));
        options.AllowLoopbackForTests = true;
        Assert.Empty(options.Validate());
    }

    [Fact]
    public async Task Find_OverPlainHttpWithoutTheTestAllowance_NeverSendsTheKey()
    {
        await using var fake = new FakeStockProviders();
        using var temp = new TempDirectory();
        using var http = new HttpClient();
        var options = StockTestOptions.For(fake, temp.Path);
        options.AllowLoopbackForTests = false;

        await Assert.ThrowsAsync<StockFootageException>(
            () => new PexelsFootageSource(http, options).FindAsync(new FootageQuery(0, ["ocean"], 3, true), CancellationToken.None));

        Assert.Equal(0, fake.SearchRequests);
    }

    [Fact]
    public void Factory_KnowsTheStockSourcesByName()
    {
        using var http = new HttpClient();
        var options = new StockOptions();

        Assert.IsType<PexelsFootageSource>(StockFootageFactory.CreateSource("pexels", http, options));
        Assert.IsType<PixabayFootageSource>(StockFootageFactory.CreateSource("Pixabay", http, options));
        Assert.Null(StockFootageFactory.CreateSource("local", http, options));
    }
}
