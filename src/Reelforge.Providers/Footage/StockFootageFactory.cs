using Microsoft.Extensions.Logging;
using Reelforge.Core.Footage;
using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Footage;

/// <summary>Builds the stock sources and the downloader from <see cref="StockOptions"/> (for the Gather stage and the CLI).</summary>
public static class StockFootageFactory
{
    public static IReadOnlyList<string> SourceNames { get; } = [PexelsFootageSource.SourceName, PixabayFootageSource.SourceName];

    /// <summary>Every stock provider's download hosts.</summary>
    public static IReadOnlyList<string> DownloadHosts { get; } = [.. PexelsFootageSource.DownloadHosts, .. PixabayFootageSource.DownloadHosts];

    /// <summary>
    /// The stock source with this name ("pexels", "pixabay"), or null for a name that is not a stock source; its searches are
    /// retried by <paramref name="retry"/> (the named policy Resilience:Stock; default <see cref="StockOptions.SearchRetry"/>).
    /// </summary>
    public static IFootageSource? CreateSource(string name, HttpClient httpClient, StockOptions options,
        StockSearchCache? searchCache = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null, RetryPolicy? retry = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "PEXELS" => new PexelsFootageSource(httpClient, options, searchCache, loggerFactory?.CreateLogger<PexelsFootageSource>(), timeProvider, retry),
            "PIXABAY" => new PixabayFootageSource(httpClient, options, searchCache, loggerFactory?.CreateLogger<PixabayFootageSource>(), timeProvider, retry),
            _ => null,
        };
    }

    public static FootageDownloader CreateDownloader(HttpClient httpClient, StockOptions options,
        ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null, RetryPolicy? retry = null) =>
        new(httpClient, options, DownloadHosts, FootageMediaCache.FromOptions(options, timeProvider),
            loggerFactory?.CreateLogger<FootageDownloader>(), timeProvider, retry);
}
