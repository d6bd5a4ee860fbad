using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reelforge.Data.Storage;

namespace Reelforge.Server.Api;

/// <summary>
/// MoneyPrinterTurbo's <c>GET /stream/{path}</c> and <c>GET /download/{path}</c>: a file under the data directory's
/// tasks, musics or materials, with HTTP ranges; download sends it as an attachment. Anything else is a 404.
/// </summary>
public static class DataFileEndpoints
{
    public static RouteGroupBuilder MapDataFileEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/stream/{**path}", (string? path, DataLayout layout) => TaskFileEndpoints.ServeFile(DataFilePath.Resolve(layout, path), path ?? string.Empty, download: false))
            .WithName("StreamFile").WithSummary("Play a file (tasks/{id}/…, musics/…, materials/…) with range requests.");
        api.MapGet("/download/{**path}", (string? path, DataLayout layout) => TaskFileEndpoints.ServeFile(DataFilePath.Resolve(layout, path), path ?? string.Empty, download: true))
            .WithName("DownloadFile").WithSummary("Download a file (tasks/{id}/…, musics/…, materials/…) as an attachment.");
        return api;
    }
}
