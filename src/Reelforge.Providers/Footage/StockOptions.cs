using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Footage;

/// <summary>Stock footage settings, bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class StockOptions
{
    public const string SectionName = "Footage";

    public static readonly Uri DefaultPexelsBaseUrl = new("https://api.pexels.com");

    public static readonly Uri DefaultPixabayBaseUrl = new("https://pixabay.com");

    public StockProviderOptions Pexels { get; set; } = new();

    public StockProviderOptions Pixabay { get; set; } = new();

    /// <summary>Also search the providers' photos (shown with pan and zoom), ranked together with their videos.</summary>
    public bool IncludePhotos { get; set; } = true;

    public int MaxParallelDownloads { get; set; } = 3;

    public long MaxDownloadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Downloaded media and search results; defaults to a folder under the user's cache directory.</summary>
    public string CacheDirectory { get; set; } = DefaultCacheDirectory();

    public long CacheMaxBytes { get; set; } = 5L * 1024 * 1024 * 1024;

    /// <summary>How long a search result is reused before the provider is asked again.</summary>
    public TimeSpan SearchCacheLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The rendered video's size (portrait); landscape scenes use it turned on its side.</summary>
    public int OutputWidth { get; set; } = 1080;

    public int OutputHeight { get; set; } = 1920;

    public int ResultsPerPage { get; set; } = 20;

    /// <summary>Further pages are fetched while fewer than <see cref="MinResults"/> candidates qualify.</summary>
    public int MinResults { get; set; } = 5;

    public int MaxPages { get; set; } = 3;

    public int DownloadAttempts { get; set; } = 4;

    /// <summary>First retry delay; doubled per attempt (with jitter). The default of Resilience:Stock:BaseDelay and Resilience:Download:BaseDelay.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait (Retry-After included); a server asking for longer fails the call instead. The default of Resilience:Stock:MaxDelay and Resilience:Download:MaxDelay.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Lets downloads and API calls use plain http to loopback addresses; for loopback test fakes only.</summary>
    public bool AllowLoopbackForTests { get; set; }

    /// <summary>
    /// The default of the named policy <c>Resilience:Stock</c> (these older settings remain its defaults): server errors and
    /// timeouts twice more, from <see cref="RetryBaseDelay"/>, waits capped at <see cref="MaxRetryAfter"/>, <see cref="RequestTimeout"/> per attempt.
    /// </summary>
    public RetryPolicy SearchRetry => new() { MaxRetries = 2, BaseDelay = RetryBaseDelay, MaxDelay = MaxRetryAfter, AttemptTimeout = RequestTimeout };

    /// <summary>The default of the named policy <c>Resilience:Download</c>: <see cref="DownloadAttempts"/> in all, otherwise as <see cref="SearchRetry"/>.</summary>
    public RetryPolicy DownloadRetry => new() { MaxRetries = Math.Max(DownloadAttempts - 1, 0), BaseDelay = RetryBaseDelay, MaxDelay = MaxRetryAfter, AttemptTimeout = RequestTimeout };

    public Uri PexelsBaseUrl => Pexels.BaseUrl ?? DefaultPexelsBaseUrl;

    public Uri PixabayBaseUrl => Pixabay.BaseUrl ?? DefaultPixabayBaseUrl;

    /// <summary>A copy for one video of <paramref name="width"/>×<paramref name="height"/> (bound options are shared, never changed in place).</summary>
    public StockOptions ForOutput(int width, int height)
    {
        var copy = (StockOptions)MemberwiseClone();
        copy.OutputWidth = Math.Min(width, height);
        copy.OutputHeight = Math.Max(width, height);
        return copy;
    }

    /// <summary>Problems that make these options unusable (empty when valid); for ValidateOnStart.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxParallelDownloads < 1)
        {
            problems.Add("Footage:MaxParallelDownloads must be at least 1.");
        }

        if (MaxDownloadBytes < 1)
        {
            problems.Add("Footage:MaxDownloadBytes must be positive.");
        }

        if (CacheMaxBytes < MaxDownloadBytes)
        {
            problems.Add("Footage:CacheMaxBytes must be at least Footage:MaxDownloadBytes.");
        }

        if (string.IsNullOrWhiteSpace(CacheDirectory))
        {
            problems.Add("Footage:CacheDirectory is required.");
        }

        if (OutputWidth < 1 || OutputHeight < 1)
        {
            problems.Add("Footage:OutputWidth and Footage:OutputHeight must be positive.");
        }

        if (ResultsPerPage is < 3 or > 80 || MaxPages < 1 || DownloadAttempts < 1)
        {
            problems.Add("Footage:ResultsPerPage must be 3–80; MaxPages and DownloadAttempts at least 1.");
        }

        foreach (var (name, baseUrl) in new[] { ("Pexels", PexelsBaseUrl), ("Pixabay", PixabayBaseUrl) })
        {
            if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttps && !(AllowLoopbackForTests && baseUrl.IsLoopback)))
            {
                problems.Add($"Footage:{name}:BaseUrl must be an absolute https URL.");
            }
        }

        return problems;
    }

    private static string DefaultCacheDirectory()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(string.IsNullOrEmpty(root) ? Path.GetTempPath() : root, "reelforge", "footage-cache");
    }
}
