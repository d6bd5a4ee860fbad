using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Footage;
using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Footage;

/// <summary>
/// Stock videos and photos from Pixabay (GET {BaseUrl}/api/videos/ and {BaseUrl}/api/, key as a query parameter),
/// ranked together for the scene.
/// </summary>
public sealed class PixabayFootageSource : IFootageSource
{
    public const string SourceName = "pixabay";

    /// <summary>Where Pixabay serves its files from; the downloader only fetches from these.</summary>
    public static readonly IReadOnlyList<string> DownloadHosts = ["cdn.pixabay.com", "pixabay.com"];

    // Pixabay rejects q longer than 100 characters
    private const int MaxQueryLength = 100;

    private readonly StockOptions _options;
    private readonly StockSearchCache? _cache;
    private readonly StockApiClient _api;
    private readonly ILogger _logger;

    public PixabayFootageSource(HttpClient httpClient, StockOptions options, StockSearchCache? searchCache = null,
        ILogger<PixabayFootageSource>? logger = null, TimeProvider? timeProvider = null, RetryPolicy? retry = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _cache = searchCache;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _api = new StockApiClient(SourceName, httpClient, new ApiKeyRing(options.Pixabay.ApiKeys), options,
            retry ?? options.SearchRetry, timeProvider ?? TimeProvider.System, _logger);
    }

    public string Name => SourceName;

    public async Task<IReadOnlyList<FootageItem>> FindAsync(FootageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = StockSearchPager.SearchText(query);
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength].TrimEnd();
        }

        if (text.Length == 0)
        {
            return [];
        }

        var (width, height) = StockSearchPager.OutputSize(_options, query.Portrait);
        var perPage = _options.ResultsPerPage;
        var q = Uri.EscapeDataString(text);
        // Pixabay has few portrait videos: ask for the short side in both directions and let cropping do the rest
        var minSide = Math.Min(width, height);
        var found = await CollectAsync(query, "api/videos/", string.Create(CultureInfo.InvariantCulture, $"q={q}&min_width={minSide}&min_height={minSide}"),
            (json, page) => PixabayResponseParser.ParseVideos(json, page, perPage, width, height), width, height, cancellationToken);
        if (_options.IncludePhotos)
        {
            // photos are plentiful both ways round, and min_width/min_height apply to the original
            var orientation = query.Portrait ? "vertical" : "horizontal";
            found = await StockSearchPager.AddPhotosAsync(found, () => CollectAsync(query, "api/",
                string.Create(CultureInfo.InvariantCulture, $"q={q}&image_type=photo&orientation={orientation}&min_width={width}&min_height={height}"),
                (json, page) => PixabayImageParser.ParseImages(json, page, perPage, width, height), width, height, cancellationToken), SourceName, _logger);
        }

        return StockSearchPager.Rank(query, _options, found);
    }

    private Task<List<FootageItem>> CollectAsync(FootageQuery query, string path, string parameters, Func<string, int, StockSearchPage> parse,
        int width, int height, CancellationToken cancellationToken) =>
        StockSearchPager.CollectAsync(query, _options, _cache,
            page => string.Create(CultureInfo.InvariantCulture, $"{SourceName}|{_options.PixabayBaseUrl}|{path}?{Paged(parameters, page)}|{width}x{height}"),
            async (page, ct) =>
            {
                var json = await _api.GetStringAsync(
                    key => new HttpRequestMessage(HttpMethod.Get, new Uri(_options.PixabayBaseUrl, $"{path}?key={Uri.EscapeDataString(key)}&{Paged(parameters, page)}")),
                    ct);
                return parse(json, page);
            },
            cancellationToken);

    private string Paged(string parameters, int page) => string.Create(CultureInfo.InvariantCulture,
        $"{parameters}&per_page={_options.ResultsPerPage}&page={page}&safesearch=true");
}
