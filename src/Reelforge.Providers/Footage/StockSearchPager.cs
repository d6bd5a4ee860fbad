using Microsoft.Extensions.Logging;
using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>
/// The search loop shared by stock sources: pages are read (from the search cache when fresh) until enough
/// candidates are long enough for the scene (photos are any length); <see cref="Rank"/> then orders videos and
/// photos together for it.
/// </summary>
internal static class StockSearchPager
{
    public static async Task<List<FootageItem>> CollectAsync(
        FootageQuery query,
        StockOptions options,
        StockSearchCache? cache,
        Func<int, string> requestKey,
        Func<int, CancellationToken, Task<StockSearchPage>> fetchPage,
        CancellationToken cancellationToken)
    {
        var found = new List<FootageItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; page <= options.MaxPages; page++)
        {
            var key = requestKey(page);
            var result = cache is null ? null : await cache.GetAsync(key, cancellationToken);
            if (result is null)
            {
                result = await fetchPage(page, cancellationToken);
                if (cache is not null)
                {
                    await cache.SetAsync(key, result, cancellationToken);
                }
            }

            found.AddRange(result.Items.Where(i => seen.Add(i.Id) && (i.Kind != FootageKind.Video || (i.DurationSeconds ?? 0) >= query.MinDurationSeconds)));
            if (found.Count >= options.MinResults || !result.HasMore)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// Adds the photo search's results to the videos. Photos are extra candidates: when their search fails but videos
    /// were found, the videos are kept and the failure logged; with no videos the failure stands.
    /// </summary>
    public static async Task<List<FootageItem>> AddPhotosAsync(List<FootageItem> videos, Func<Task<List<FootageItem>>> searchPhotos,
        string provider, ILogger logger)
    {
        try
        {
            videos.AddRange(await searchPhotos());
        }
        catch (StockFootageException e) when (videos.Count > 0)
        {
            logger.LogWarning("{Provider} photo search failed; using its videos only: {Reason}", provider, e.Message);
        }

        return videos;
    }

    public static IReadOnlyList<FootageItem> Rank(FootageQuery query, StockOptions options, IEnumerable<FootageItem> candidates) =>
        new FootageRanker(options.OutputWidth, options.OutputHeight).Rank(query, candidates);

    public static (int Width, int Height) OutputSize(StockOptions options, bool portrait)
    {
        var shortSide = Math.Min(options.OutputWidth, options.OutputHeight);
        var longSide = Math.Max(options.OutputWidth, options.OutputHeight);
        return portrait ? (shortSide, longSide) : (longSide, shortSide);
    }

    /// <summary>The scene's terms as one search phrase (providers match all words; fewer is broader).</summary>
    public static string SearchText(FootageQuery query) =>
        string.Join(' ', query.Terms.Select(t => t.Trim()).Where(t => t.Length > 0));
}
