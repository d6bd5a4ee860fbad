using Reelforge.Core.Footage;
using Reelforge.Providers.Footage;

namespace Reelforge.Server.Api.Contracts;

/// <summary>A scene's <c>stock</c> item checked and turned into the footage item the Gather stage downloads.</summary>
public static class StockPickMapping
{
    public static FootageItem Map(StockPickParams? pick, string field)
    {
        var source = pick?.Source?.Trim().ToLowerInvariant();
        if (pick is null || source is null || !StockFootageFactory.SourceNames.Contains(source))
        {
            throw new ApiValidationException($"{field}.source", $"{field}.source must be {string.Join(" or ", StockFootageFactory.SourceNames)}, not '{pick?.Source}'.");
        }

        var id = pick.Id?.Trim();
        if (string.IsNullOrEmpty(id) || id.Length > 200)
        {
            throw new ApiValidationException($"{field}.id", $"{field}.id must be the item's id as the search reported it (1 to 200 characters).");
        }

        var kind = pick.Kind?.Trim().ToLowerInvariant() switch
        {
            null or "" or "video" => FootageKind.Video,
            "image" => FootageKind.Image,
            _ => throw new ApiValidationException($"{field}.kind", $"{field}.kind must be video or image, not '{pick.Kind}'."),
        };
        if (!Uri.TryCreate(pick.DownloadUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ApiValidationException($"{field}.download_url", $"{field}.download_url must be the absolute URL the search reported, not '{pick.DownloadUrl}'.");
        }

        // Ids are "source:number" as searches report them; a bare number is taken as the source's.
        var fullId = id.StartsWith(source + ":", StringComparison.Ordinal) ? id : $"{source}:{id}";
        return new FootageItem(fullId, source, kind, null, null, 0, 0)
        {
            DownloadUrl = url,
            Title = Trimmed(pick.Title),
            PageUrl = Uri.TryCreate(pick.PageUrl, UriKind.Absolute, out var page) ? page : null,
            Author = Trimmed(pick.Author),
            License = Trimmed(pick.License),
        };
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 200)];
}
