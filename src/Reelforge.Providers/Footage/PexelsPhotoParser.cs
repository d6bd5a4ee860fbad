using System.Globalization;
using System.Text.Json;
using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>Turns a Pexels photo search response (GET /v1/search) into image footage items.</summary>
public static class PexelsPhotoParser
{
    public static StockSearchPage ParsePhotos(string json, int outputWidth, int outputHeight)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var items = new List<FootageItem>();
        if (root.TryGetProperty("photos", out var photos) && photos.ValueKind == JsonValueKind.Array)
        {
            foreach (var photo in photos.EnumerateArray())
            {
                if (ParsePhoto(photo, outputWidth, outputHeight) is { } item)
                {
                    items.Add(item);
                }
            }
        }

        var hasMore = root.TryGetProperty("next_page", out var next) && next.ValueKind == JsonValueKind.String;
        return new StockSearchPage(items, hasMore);
    }

    /// <summary>
    /// The sizes Pexels serves a photo in. Only the original has its size in the response; the others are resized by
    /// the image CDN: large and large2x fit within 940×650 and 1880×1300 keeping the aspect ratio, portrait and
    /// landscape are cropped to 800×1200 and 1200×627.
    /// </summary>
    public static IReadOnlyList<Rendition> Renditions(JsonElement source, int width, int height)
    {
        var renditions = new List<Rendition>();
        if (width <= 0 || height <= 0)
        {
            return renditions;
        }

        void Add(string name, int w, int h)
        {
            if (JsonFields.Uri(source, name) is { } url)
            {
                renditions.Add(new Rendition(url, w, h));
            }
        }

        Add("original", width, height);
        var (w2, h2) = FitWithin(width, height, 1880, 1300);
        Add("large2x", w2, h2);
        var (w1, h1) = FitWithin(width, height, 940, 650);
        Add("large", w1, h1);
        Add("portrait", 800, 1200);
        Add("landscape", 1200, 627);
        return renditions;
    }

    private static (int Width, int Height) FitWithin(int width, int height, int maxWidth, int maxHeight)
    {
        var scale = Math.Min(1, Math.Min(maxWidth / (double)width, maxHeight / (double)height));
        return ((int)Math.Round(width * scale), (int)Math.Round(height * scale));
    }

    private static FootageItem? ParsePhoto(JsonElement photo, int outputWidth, int outputHeight)
    {
        if (!photo.TryGetProperty("id", out var idElement) || !idElement.TryGetInt64(out var id)
            || !photo.TryGetProperty("src", out var source) || source.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var renditions = Renditions(source, JsonFields.Int(photo, "width"), JsonFields.Int(photo, "height"));
        if (RenditionChooser.Choose(renditions, outputWidth, outputHeight) is not { } chosen)
        {
            return null;
        }

        var pageUrl = JsonFields.Uri(photo, "url");
        var alt = JsonFields.String(photo, "alt");
        var title = string.IsNullOrWhiteSpace(alt) ? FootageText.TitleFromPageUrl(pageUrl) : alt.Trim().ToLower(CultureInfo.InvariantCulture);
        var tags = FootageText.Words(title).Concat(FootageText.Words(FootageText.TitleFromPageUrl(pageUrl))).Distinct(StringComparer.Ordinal).ToList();
        return new FootageItem(
            "pexels-photo:" + id.ToString(CultureInfo.InvariantCulture),
            PexelsFootageSource.SourceName,
            FootageKind.Image,
            Path: null,
            DurationSeconds: null,
            chosen.Width,
            chosen.Height,
            Tags: tags)
        {
            DownloadUrl = chosen.Url,
            PageUrl = pageUrl,
            Author = JsonFields.String(photo, "photographer"),
            License = PexelsResponseParser.License,
            Title = title,
        };
    }
}
