using System.Globalization;
using System.Text.Json;
using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>Turns a Pixabay video search response (GET /api/videos/) into footage items.</summary>
public static class PixabayResponseParser
{
    public const string License = "Pixabay Content License";

    private static readonly string[] Sizes = ["large", "medium", "small", "tiny"];

    public static StockSearchPage ParseVideos(string json, int page, int perPage, int outputWidth, int outputHeight) =>
        ParsePage(json, page, perPage, hit => ParseHit(hit, outputWidth, outputHeight));

    /// <summary>One page of Pixabay hits (videos or images alike), each parsed by <paramref name="parseHit"/>.</summary>
    internal static StockSearchPage ParsePage(string json, int page, int perPage, Func<JsonElement, FootageItem?> parseHit)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var items = new List<FootageItem>();
        var hitCount = 0;
        if (root.TryGetProperty("hits", out var hits) && hits.ValueKind == JsonValueKind.Array)
        {
            foreach (var hit in hits.EnumerateArray())
            {
                hitCount++;
                if (parseHit(hit) is { } item)
                {
                    items.Add(item);
                }
            }
        }

        // totalHits is what the API will page through (at most 500), not the full total
        var totalHits = JsonFields.Int(root, "totalHits");
        return new StockSearchPage(items, hitCount == perPage && (long)page * perPage < totalHits);
    }

    private static FootageItem? ParseHit(JsonElement hit, int outputWidth, int outputHeight)
    {
        if (!hit.TryGetProperty("id", out var idElement) || !idElement.TryGetInt64(out var id))
        {
            return null;
        }

        var renditions = new List<Rendition>();
        if (hit.TryGetProperty("videos", out var videos) && videos.ValueKind == JsonValueKind.Object)
        {
            foreach (var size in Sizes)
            {
                // a size Pixabay lacks comes back with an empty url and zero dimensions
                if (videos.TryGetProperty(size, out var video) && video.ValueKind == JsonValueKind.Object && JsonFields.Uri(video, "url") is { } url)
                {
                    renditions.Add(new Rendition(url, JsonFields.Int(video, "width"), JsonFields.Int(video, "height")));
                }
            }
        }

        if (RenditionChooser.Choose(renditions, outputWidth, outputHeight) is not { } chosen)
        {
            return null;
        }

        var pageUrl = JsonFields.Uri(hit, "pageURL");
        var tagText = JsonFields.String(hit, "tags") ?? string.Empty;
        var tagPhrases = tagText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLower(CultureInfo.InvariantCulture))
            .ToList();
        var title = FootageText.TitleFromPageUrl(pageUrl) ?? (tagPhrases.Count > 0 ? string.Join(' ', tagPhrases) : null);
        var tags = tagPhrases.SelectMany(FootageText.Words).Concat(FootageText.Words(title)).Distinct(StringComparer.Ordinal).ToList();
        return new FootageItem(
            "pixabay:" + id.ToString(CultureInfo.InvariantCulture),
            PixabayFootageSource.SourceName,
            FootageKind.Video,
            Path: null,
            DurationSeconds: JsonFields.Double(hit, "duration"),
            chosen.Width,
            chosen.Height,
            Tags: tags)
        {
            DownloadUrl = chosen.Url,
            PageUrl = pageUrl,
            Author = JsonFields.String(hit, "user"),
            License = License,
            Title = title,
        };
    }
}
