using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Footage;
using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Footage;

/// <summary>
/// Stock videos and photos from Pexels (GET {BaseUrl}/videos/search and {BaseUrl}/v1/search, key in the
/// Authorization header), ranked together for the scene.
/// </summary>
public sealed class PexelsFootageSource : IFootageSource
{
    public const string SourceName = "pexels";

    /// <summary>Where Pexels serves its files from; the downloader only fetches from these.</summary>
    public static readonly IReadOnlyList<string> DownloadHosts = ["videos.pexels.com", "images.pexels.com", "player.vimeo.com"];

    private readonly StockOptions _options;
    private readonly StockSearchCache? _cache;
    private readonly StockApiClient _api;
    private readonly ILogger _logger;

    public PexelsFootageSource(HttpClient httpClient, StockOptions options, StockSearchCache? searchCache = null,
        ILogger<PexelsFootageSource>? logger = null, TimeProvider? timeProvider = null, RetryPolicy? retry = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _cache = searchCache;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _api = new StockApiClient(SourceName, httpClient, new ApiKeyRing(options.Pexels.ApiKeys), options,
            retry ?? options.SearchRetry, timeProvider ?? TimeProvider.System, _logger);
    }

    public string Name => SourceName;

    public async Task<IReadOnlyList<FootageItem>> FindAsync(FootageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = StockSearchPager.SearchText(query);
        if (text.Length == 0)
        {
            return [];
        }

        var (width, height) = StockSearchPager.OutputSize(_options, query.Portrait);
        var orientation = query.Portrait ? "portrait" : "landscape";
        // video sizes: large = 4K, medium = Full HD, small = HD (minimums)
        var videoSize = Math.Max(width, height) > 1920 ? "large" : Math.Max(width, height) > 1280 ? "medium" : "small";
        var found = await CollectAsync(query, $"videos/search?query={Uri.EscapeDataString(text)}&orientation={orientation}&size={videoSize}",
            json => PexelsResponseParser.ParseVideos(json, width, height), width, height, cancellationToken);
        if (_options.IncludePhotos)
        {
            // photo sizes: large = 24 MP, medium = 12 MP, small = 4 MP (minimums); 4 MP already covers Full HD
            var photoSize = (long)width * height > 4_000_000 ? "medium" : "small";
            found = await StockSearchPager.AddPhotosAsync(found, () => CollectAsync(query, $"v1/search?query={Uri.EscapeDataString(text)}&orientation={orientation}&size={photoSize}",
                json => PexelsPhotoParser.ParsePhotos(json, width, height), width, height, cancellationToken), SourceName, _logger);
        }

        return StockSearchPager.Rank(query, _options, found);
    }

    private Task<List<FootageItem>> CollectAsync(FootageQuery query, string pathAndQuery, Func<string, StockSearchPage> parse,
        int width, int height, CancellationToken cancellationToken) =>
        StockSearchPager.CollectAsync(query, _options, _cache,
            page => string.Create(CultureInfo.InvariantCulture, $"{SourceName}|{_options.PexelsBaseUrl}|{Paged(pathAndQuery, page)}|{width}x{height}"),
            async (page, ct) =>
            {
                var url = new Uri(_options.PexelsBaseUrl, Paged(pathAndQuery, page));
                var json = await _api.GetStringAsync(key =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, url);
                    request.Headers.TryAddWithoutValidation("Authorization", key);
                    return request;
                }, ct);
                return parse(json);
            },
            cancellationToken);

    private string Paged(string pathAndQuery, int page) => string.Create(CultureInfo.InvariantCulture,
        $"{pathAndQuery}&per_page={_options.ResultsPerPage}&page={page}");
}
