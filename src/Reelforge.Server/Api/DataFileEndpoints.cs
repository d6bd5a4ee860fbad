using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Reelforge.Data.Storage;
using Reelforge.Server.Api.Contracts;

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
        api.MapGet("/stream/{**path}", (string? path, DataLayout layout) => Serve(layout, path, download: false))
            .WithName("StreamFile").WithSummary("Play a file (tasks/{id}/…, musics/…, materials/…) with range requests.").ProducesFile();
        api.MapGet("/download/{**path}", (string? path, DataLayout layout) => Serve(layout, path, download: true))
            .WithName("DownloadFile").WithSummary("Download a file (tasks/{id}/…, musics/…, materials/…) as an attachment.").ProducesFile();
        return api;
    }

    private static Results<PhysicalFileHttpResult, NotFound<ApiErrorEnvelope>> Serve(DataLayout layout, string? path, bool download) =>
        TaskFileEndpoints.FileAt(DataFilePath.Resolve(layout, path), download) is { } found
            ? found
            : ApiResults.NotFound($"{path ?? string.Empty}: file not found");
}
