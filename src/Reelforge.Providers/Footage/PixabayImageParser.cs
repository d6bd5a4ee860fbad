using System.Globalization;
using System.Text.Json;
using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>Turns a Pixabay image search response (GET /api/?image_type=photo) into image footage items.</summary>
public static class PixabayImageParser
{
    public static StockSearchPage ParseImages(string json, int page, int perPage, int outputWidth, int outputHeight) =>
        PixabayResponseParser.ParsePage(json, page, perPage, hit => ParseHit(hit, outputWidth, outputHeight));

    /// <summary>
    /// The sizes Pixabay serves an image in: webformatURL (its own size given, at most 640 px), largeImageURL (at most
    /// 1280 px), and for accounts with full API access fullHDURL (at most 1920 px) and imageURL (the original).
    /// </summary>
    public static IReadOnlyList<Rendition> Renditions(JsonElement hit)
    {
        var width = JsonFields.Int(hit, "imageWidth");
        var height = JsonFields.Int(hit, "imageHeight");
        var renditions = new List<Rendition>();
        if (width <= 0 || height <= 0)
        {
            return renditions;
        }

        void Add(string name, int longSide)
        {
            if (JsonFields.Uri(hit, name) is { } url)
            {
                var scale = Math.Min(1, longSide / (double)Math.Max(width, height));
                renditions.Add(new Rendition(url, (int)Math.Round(width * scale), (int)Math.Round(height * scale)));
            }
        }

        Add("imageURL", int.MaxValue);
        Add("fullHDURL", 1920);
        Add("largeImageURL", 1280);
        if (JsonFields.Uri(hit, "webformatURL") is { } webformat && JsonFields.Int(hit, "webformatWidth") is > 0 and var ww
            && JsonFields.Int(hit, "webformatHeight") is > 0 and var wh)
        {
            renditions.Add(new Rendition(webformat, ww, wh));
        }
        else
        {
            Add("webformatURL", 640);
        }

        return renditions;
    }

    private static FootageItem? ParseHit(JsonElement hit, int outputWidth, int outputHeight)
    {
        if (!hit.TryGetProperty("id", out var idElement) || !idElement.TryGetInt64(out var id))
        {
            return null;
        }

        if (RenditionChooser.Choose(Renditions(hit), outputWidth, outputHeight) is not { } chosen)
        {
            return null;
        }

        var pageUrl = JsonFields.Uri(hit, "pageURL");
        var tagPhrases = (JsonFields.String(hit, "tags") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLower(CultureInfo.InvariantCulture))
            .ToList();
        var title = FootageText.TitleFromPageUrl(pageUrl) ?? (tagPhrases.Count > 0 ? string.Join(' ', tagPhrases) : null);
        var tags = tagPhrases.SelectMany(FootageText.Words).Concat(FootageText.Words(title)).Distinct(StringComparer.Ordinal).ToList();
        return new FootageItem(
            "pixabay-image:" + id.ToString(CultureInfo.InvariantCulture),
            PixabayFootageSource.SourceName,
            FootageKind.Image,
            Path: null,
            DurationSeconds: null,
            chosen.Width,
            chosen.Height,
            Tags: tags)
        {
            DownloadUrl = chosen.Url,
            PageUrl = pageUrl,
            Author = JsonFields.String(hit, "user"),
            License = PixabayResponseParser.License,
            Title = title,
        };
    }
}
