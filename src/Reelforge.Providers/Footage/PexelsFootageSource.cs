using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>Stock videos from Pexels (GET {BaseUrl}/videos/search, key in the Authorization header).</summary>
public sealed class PexelsFootageSource : IFootageSource
{
    public const string SourceName = "pexels";

    /// <summary>Where Pexels serves its files from; the downloader only fetches from these.</summary>
    public static readonly IReadOnlyList<string> DownloadHosts = ["videos.pexels.com", "images.pexels.com", "player.vimeo.com"];

    private readonly StockOptions _options;
    private readonly StockSearchCache? _cache;
    private readonly StockApiClient _api;

    public PexelsFootageSource(HttpClient httpClient, StockOptions options, StockSearchCache? searchCache = null,
        ILogger<PexelsFootageSource>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _cache = searchCache;
        _api = new StockApiClient(SourceName, httpClient, new ApiKeyRing(options.Pexels.ApiKeys), options,
            timeProvider ?? TimeProvider.System, (ILogger?)logger ?? NullLogger.Instance);
    }

    public string Name => SourceName;

    public Task<IReadOnlyList<FootageItem>> FindAsync(FootageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = StockSearchPager.SearchText(query);
        if (text.Length == 0)
        {
            return Task.FromResult<IReadOnlyList<FootageItem>>([]);
        }

        var (width, height) = StockSearchPager.OutputSize(_options, query.Portrait);
        var orientation = query.Portrait ? "portrait" : "landscape";
        // Pexels sizes: large = 4K, medium = Full HD, small = HD (minimums)
        var size = Math.Max(width, height) > 1920 ? "large" : Math.Max(width, height) > 1280 ? "medium" : "small";
        return StockSearchPager.CollectAsync(query, _options, _cache,
            page => string.Create(CultureInfo.InvariantCulture, $"{SourceName}|{_options.PexelsBaseUrl}|{PathAndQuery(text, orientation, size, page)}|{width}x{height}"),
            async (page, ct) =>
            {
                var url = new Uri(_options.PexelsBaseUrl, PathAndQuery(text, orientation, size, page));
                var json = await _api.GetStringAsync(key =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, url);
                    request.Headers.TryAddWithoutValidation("Authorization", key);
                    return request;
                }, ct);
                return PexelsResponseParser.ParseVideos(json, width, height);
            },
            cancellationToken);
    }

    private string PathAndQuery(string text, string orientation, string size, int page) => string.Create(CultureInfo.InvariantCulture,
        $"videos/search?query={Uri.EscapeDataString(text)}&orientation={orientation}&size={size}&per_page={_options.ResultsPerPage}&page={page}");
}
