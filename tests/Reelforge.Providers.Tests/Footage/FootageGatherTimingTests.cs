using System.Diagnostics;
using Reelforge.Core.Footage;
using Reelforge.Providers.Footage;
using Reelforge.TestSupport;
using Xunit.Abstractions;

namespace Reelforge.Providers.Tests.Footage;

public sealed class FootageGatherTimingTests
{
    private static readonly string[] SceneTerms =
    [
        "ocean waves", "city night", "forest path", "mountain sunrise", "coffee cup",
        "desert road", "rain window", "snowy trees", "busy market", "starry sky",
    ];

    private readonly ITestOutputHelper _output;

    public FootageGatherTimingTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    public async Task Gather_TenScenes_WarmCacheMakesNoRequestsAndIsFaster(int latencyMs)
    {
        await using var fake = new FakeStockProviders { Latency = TimeSpan.FromMilliseconds(latencyMs) };
        using var temp = new TempDirectory();
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);
        var options = StockTestOptions.For(fake, temp.Path);
        var scenes = SceneTerms.Select((t, i) => new FootageQuery(i, [t], 5, Portrait: true)).ToList();

        var cold = Stopwatch.StartNew();
        var (coldItems, coldSearch) = await GatherAsync(http, options, scenes);
        cold.Stop();
        var coldRequests = fake.Server.Requests.Count;

        var warm = Stopwatch.StartNew();
        var (warmItems, warmSearch) = await GatherAsync(http, options, scenes);
        warm.Stop();

        _output.WriteLine($"10 scenes, pexels+pixabay, {latencyMs} ms simulated latency: cold {cold.Elapsed.TotalMilliseconds:F0} ms "
            + $"(search {coldSearch.TotalMilliseconds:F0} ms, {coldRequests} requests), warm {warm.Elapsed.TotalMilliseconds:F0} ms "
            + $"(search {warmSearch.TotalMilliseconds:F0} ms, {fake.Server.Requests.Count - coldRequests} requests)");
        Assert.Equal(10, coldItems.Count);
        Assert.All(coldItems, i => Assert.True(File.Exists(i.Path)));
        Assert.Equal(coldItems.Select(i => (i.Id, i.Path)), warmItems.Select(i => (i.Id, i.Path)));
        Assert.Equal(10, coldItems.Select(i => i.Id).Distinct().Count());
        Assert.Equal(coldRequests, fake.Server.Requests.Count);
        Assert.True(warm.Elapsed < cold.Elapsed);
    }

    /// <summary>What the Gather stage does: search every source per scene, rank, then download the picks in parallel.</summary>
    private static async Task<(IReadOnlyList<FootageItem> Items, TimeSpan Search)> GatherAsync(HttpClient http, StockOptions options, IReadOnlyList<FootageQuery> scenes)
    {
        var searchCache = StockSearchCache.FromOptions(options);
        IFootageSource[] sources =
        [
            StockFootageFactory.CreateSource("pexels", http, options, searchCache)!,
            StockFootageFactory.CreateSource("pixabay", http, options, searchCache)!,
        ];
        using var downloader = StockFootageFactory.CreateDownloader(http, options);
        var ranker = new FootageRanker(options.OutputWidth, options.OutputHeight);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var picks = new List<IReadOnlyList<FootageItem>>();
        var search = Stopwatch.StartNew();
        foreach (var scene in scenes)
        {
            var found = await Task.WhenAll(sources.Select(s => s.FindAsync(scene, CancellationToken.None)));
            var ranked = ranker.Rank(scene, found.SelectMany(f => f), used);
            used.Add(ranked[0].Id);
            picks.Add(ranked);
        }

        search.Stop();
        var downloaded = await Task.WhenAll(picks.Select(p => downloader.TryDownloadAsync(p[0], CancellationToken.None)));
        return (downloaded.Select(d => d!).ToList(), search.Elapsed);
    }
}
