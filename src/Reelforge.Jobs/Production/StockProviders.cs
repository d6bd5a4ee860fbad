using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Providers.Footage;
using Reelforge.Providers.Resilience;

namespace Reelforge.Jobs.Production;

/// <summary>
/// The stock footage providers as configured now (keys saved in the studio apply at once): which ones have a key, and
/// their sources and downloader for one video, over the "stock" client of the HTTP client factory, retried by the named
/// policies Resilience:Stock (searches) and Resilience:Download.
/// </summary>
public sealed class StockProviders(
    IOptionsMonitor<StockOptions> options, IOptionsMonitor<RetryPolicy> retryPolicies, IHttpClientFactory httpClients, ILoggerFactory loggerFactory, TimeProvider time)
{
    /// <summary>The name of the HTTP client the stock APIs and footage downloads use.</summary>
    public const string HttpClientName = "stock";

    public StockOptions Options => options.CurrentValue;

    /// <summary>True for a stock provider with an API key, and for every name that is not a stock provider (it is not ours to judge).</summary>
    public bool IsUsable(string name)
    {
        var current = options.CurrentValue;
        return name switch
        {
            PexelsFootageSource.SourceName => current.Pexels.ApiKeys.Count > 0,
            PixabayFootageSource.SourceName => current.Pixabay.ApiKeys.Count > 0,
            _ => true,
        };
    }

    /// <summary>The stock providers that have an API key, in the order they are offered.</summary>
    public IReadOnlyList<string> Keyed() => [.. StockFootageFactory.SourceNames.Where(IsUsable)];

    /// <summary>
    /// Stock footage sources by name and a downloader, for footage of <paramref name="size"/>; empty when none are
    /// asked for and <paramref name="withDownloader"/> is false.
    /// </summary>
    internal StockFootage Create(IReadOnlyList<string> names, FrameSize size, bool withDownloader = false)
    {
        if (names.Count == 0 && !withDownloader)
        {
            return new StockFootage([], null);
        }

        var current = options.CurrentValue.ForOutput(size.Width, size.Height);
        var http = httpClients.CreateClient(HttpClientName);
        var cache = StockSearchCache.FromOptions(current, time);
        var search = retryPolicies.Get(DependencyKind.Stock);
        var sources = names.Select(n => StockFootageFactory.CreateSource(n, http, current, cache, loggerFactory, time, search)!).ToList();
        return new StockFootage(sources, StockFootageFactory.CreateDownloader(http, current, loggerFactory, time, retryPolicies.Get(DependencyKind.Download)));
    }
}
