using System.Globalization;
using System.Text.Json;
using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>Turns a Pexels video search response (GET /videos/search) into footage items.</summary>
public static class PexelsResponseParser
{
    public const string License = "Pexels License";

    public static StockSearchPage ParseVideos(string json, int outputWidth, int outputHeight)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var items = new List<FootageItem>();
        if (root.TryGetProperty("videos", out var videos) && videos.ValueKind == JsonValueKind.Array)
        {
            foreach (var video in videos.EnumerateArray())
            {
                if (ParseVideo(video, outputWidth, outputHeight) is { } item)
                {
                    items.Add(item);
                }
            }
        }

        var hasMore = root.TryGetProperty("next_page", out var next) && next.ValueKind == JsonValueKind.String;
        return new StockSearchPage(items, hasMore);
    }

    private static FootageItem? ParseVideo(JsonElement video, int outputWidth, int outputHeight)
    {
        if (!video.TryGetProperty("id", out var idElement) || !idElement.TryGetInt64(out var id))
        {
            return null;
        }

        var renditions = new List<Rendition>();
        if (video.TryGetProperty("video_files", out var files) && files.ValueKind == JsonValueKind.Array)
        {
            foreach (var file in files.EnumerateArray())
            {
                // HLS playlists (quality "hls", no size) are not files ffmpeg should fetch from us
                var type = JsonFields.String(file, "file_type");
                if (type is not null && !type.StartsWith("video/", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (JsonFields.Uri(file, "link") is { } link)
                {
                    renditions.Add(new Rendition(link, JsonFields.Int(file, "width"), JsonFields.Int(file, "height")));
                }
            }
        }

        if (RenditionChooser.Choose(renditions, outputWidth, outputHeight) is not { } chosen)
        {
            return null;
        }

        var pageUrl = JsonFields.Uri(video, "url");
        var title = FootageText.TitleFromPageUrl(pageUrl);
        var tags = FootageText.Words(title).ToList();
        if (video.TryGetProperty("tags", out var tagArray) && tagArray.ValueKind == JsonValueKind.Array)
        {
            tags.AddRange(tagArray.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).SelectMany(t => FootageText.Words(t.GetString())));
        }

        var user = video.TryGetProperty("user", out var u) && u.ValueKind == JsonValueKind.Object ? u : default;
        return new FootageItem(
            "pexels:" + id.ToString(CultureInfo.InvariantCulture),
            PexelsFootageSource.SourceName,
            FootageKind.Video,
            Path: null,
            DurationSeconds: JsonFields.Double(video, "duration"),
            chosen.Width,
            chosen.Height,
            Tags: tags.Distinct(StringComparer.Ordinal).ToList())
        {
            DownloadUrl = chosen.Url,
            PageUrl = pageUrl,
            Author = user.ValueKind == JsonValueKind.Object ? JsonFields.String(user, "name") : null,
            License = License,
            Title = title,
        };
    }
}
