using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>Stock videos from Pixabay (GET {BaseUrl}/api/videos/, key as a query parameter).</summary>
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

    public PixabayFootageSource(HttpClient httpClient, StockOptions options, StockSearchCache? searchCache = null,
        ILogger<PixabayFootageSource>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _cache = searchCache;
        _api = new StockApiClient(SourceName, httpClient, new ApiKeyRing(options.Pixabay.ApiKeys), options,
            timeProvider ?? TimeProvider.System, (ILogger?)logger ?? NullLogger.Instance);
    }

    public string Name => SourceName;

    public Task<IReadOnlyList<FootageItem>> FindAsync(FootageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = StockSearchPager.SearchText(query);
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength].TrimEnd();
        }

        if (text.Length == 0)
        {
            return Task.FromResult<IReadOnlyList<FootageItem>>([]);
        }

        var (width, height) = StockSearchPager.OutputSize(_options, query.Portrait);
        // Pixabay has few portrait videos: ask for the short side in both directions and let cropping do the rest
        var minSide = Math.Min(width, height);
        var perPage = _options.ResultsPerPage;
        return StockSearchPager.CollectAsync(query, _options, _cache,
            page => string.Create(CultureInfo.InvariantCulture, $"{SourceName}|{_options.PixabayBaseUrl}|{Parameters(text, minSide, page)}|{width}x{height}"),
            async (page, ct) =>
            {
                var json = await _api.GetStringAsync(
                    key => new HttpRequestMessage(HttpMethod.Get, new Uri(_options.PixabayBaseUrl, $"api/videos/?key={Uri.EscapeDataString(key)}&{Parameters(text, minSide, page)}")),
                    ct);
                return PixabayResponseParser.ParseVideos(json, page, perPage, width, height);
            },
            cancellationToken);
    }

    private string Parameters(string text, int minSide, int page) => string.Create(CultureInfo.InvariantCulture,
        $"q={Uri.EscapeDataString(text)}&per_page={_options.ResultsPerPage}&page={page}&min_width={minSide}&min_height={minSide}&safesearch=true");
}
