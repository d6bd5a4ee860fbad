using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Reelforge.Data.Storage;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary>
/// MoneyPrinterTurbo's library routes: <c>GET/POST /musics</c> (background music) and <c>GET/POST /video_materials</c>
/// (the user's own footage). Uploads are size-limited per route (<c>Server:MaxUploadMegabytes</c>).
/// </summary>
public static class MediaLibraryEndpoints
{
    public static RouteGroupBuilder MapMediaLibraryEndpoints(this RouteGroupBuilder api, long maxUploadBytes)
    {
        ArgumentNullException.ThrowIfNull(api);
        Map(api, "/musics", MediaLibrary.Music, "Musics", maxUploadBytes);
        Map(api, "/video_materials", MediaLibrary.Materials, "VideoMaterials", maxUploadBytes);
        return api;
    }

    private static void Map(RouteGroupBuilder api, string route, MediaLibrary library, string name, long maxUploadBytes)
    {
        api.MapGet(route, (DataLayout layout) => ApiResults.Ok(new MediaFileListView(
                library.List(layout).Select(f => new MediaFileView(f.Name, f.Length, f.Name)).ToList())))
            .WithName($"List{name}").WithSummary($"The {library.Kind} files on the server; use 'file' to name one in a request.");
        api.MapPost(route, (HttpRequest request, MediaUploadReceiver receiver, CancellationToken ct) => receiver.ReceiveAsync(request, library, ct))
            .WithName($"Upload{name}").WithSummary($"Upload a {library.Kind} file (multipart form field 'file'); returns its stored name.")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxUploadBytes))
            .WithFormOptions(multipartBodyLengthLimit: maxUploadBytes);
    }
}
