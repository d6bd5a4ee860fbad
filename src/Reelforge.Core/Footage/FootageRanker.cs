
namespace Reelforge.Core.Footage;

/// <summary>
/// Orders candidates for a scene: how well their tags and title match the scene's terms, whether they are long
/// enough, sharp enough and the right way round, and whether they were already used (in this video or recently).
/// Pure: the same inputs always give the same order; ties keep the candidates' own order.
/// </summary>
public sealed class FootageRanker
{
    private const double TermWeight = 10;
    private const double DurationWeight = 3;
    private const double ResolutionWeight = 2;
    private const double OrientationWeight = 2;
    private const double UsedInThisVideoPenalty = 8;
    private const double RecentlyUsedPenalty = 4;

    private readonly int _portraitWidth;
    private readonly int _portraitHeight;
    private readonly IReadOnlySet<string> _recentlyUsedIds;

    /// <param name="outputWidth">Rendered width in portrait (the shorter side).</param>
    /// <param name="outputHeight">Rendered height in portrait (the longer side).</param>
    /// <param name="recentlyUsedIds">Footage ids used by other recent videos.</param>
    public FootageRanker(int outputWidth, int outputHeight, IReadOnlySet<string>? recentlyUsedIds = null)
    {
        _portraitWidth = Math.Min(outputWidth, outputHeight);
        _portraitHeight = Math.Max(outputWidth, outputHeight);
        _recentlyUsedIds = recentlyUsedIds ?? new HashSet<string>(StringComparer.Ordinal);
    }

    public IReadOnlyList<FootageItem> Rank(FootageQuery query, IEnumerable<FootageItem> candidates, IReadOnlySet<string>? usedInThisVideo = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidates);
        var terms = QueryStems(query);
        return candidates
            .Select((item, index) => (item, index, score: Score(query, terms, item, usedInThisVideo)))
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .Select(x => x.item)
            .ToList();
    }

    public double Score(FootageQuery query, FootageItem item, IReadOnlySet<string>? usedInThisVideo = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(item);
        return Score(query, QueryStems(query), item, usedInThisVideo);
    }

    private double Score(FootageQuery query, IReadOnlyList<string> terms, FootageItem item, IReadOnlySet<string>? usedInThisVideo)
    {
        var (width, height) = query.Portrait ? (_portraitWidth, _portraitHeight) : (_portraitHeight, _portraitWidth);
        var score = TermWeight * TermMatch(terms, item)
            + DurationWeight * DurationFit(item, query.MinDurationSeconds)
            + ResolutionWeight * ResolutionFit(item, width, height)
            + OrientationWeight * OrientationFit(item, query.Portrait);
        if (usedInThisVideo?.Contains(item.Id) == true)
        {
            score -= UsedInThisVideoPenalty;
        }

        if (_recentlyUsedIds.Contains(item.Id))
        {
            score -= RecentlyUsedPenalty;
        }

        return score;
    }

    private static List<string> QueryStems(FootageQuery query) =>
        query.Terms.SelectMany(FootageText.Words).Select(FootageText.Stem).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The share of the scene's words found in the item's tags or title (0–1).</summary>
    private static double TermMatch(IReadOnlyList<string> terms, FootageItem item)
    {
        if (terms.Count == 0)
        {
            return 0;
        }

        var words = item.TagList.SelectMany(FootageText.Words)
            .Concat(FootageText.Words(item.Title))
            .Select(FootageText.Stem)
            .ToHashSet(StringComparer.Ordinal);
        return terms.Count(words.Contains) / (double)terms.Count;
    }

    /// <summary>1 when the clip covers the scene; shorter clips in proportion (they must loop or be cut away from).</summary>
    private static double DurationFit(FootageItem item, double neededSeconds) => item.Kind switch
    {
        FootageKind.Video when item.DurationSeconds is { } d && neededSeconds > 0 => Math.Min(1, d / neededSeconds),
        FootageKind.Video => 1,
        FootageKind.Image => 0.5,
        _ => 0.25,
    };

    /// <summary>1 when the footage needs no upscaling to fill the frame (after cropping), less the more it needs.</summary>
    private static double ResolutionFit(FootageItem item, int width, int height)
    {
        if (item.Width <= 0 || item.Height <= 0)
        {
            return item.Kind == FootageKind.Procedural ? 1 : 0.5;
        }

        var upscale = Math.Max(width / (double)item.Width, height / (double)item.Height);
        return upscale <= 1 ? 1 : 1 / upscale;
    }

    private static double OrientationFit(FootageItem item, bool portrait)
    {
        if (item.Width <= 0 || item.Height <= 0)
        {
            return 0.5;
        }

        var ratio = item.Width / (double)item.Height;
        if (Math.Abs(ratio - 1) < 0.05)
        {
            return 0.5;
        }

        return (ratio < 1) == portrait ? 1 : 0;
    }
}
