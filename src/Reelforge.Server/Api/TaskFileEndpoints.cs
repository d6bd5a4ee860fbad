using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Reelforge.Data.Storage;

namespace Reelforge.Server.Api;

/// <summary>
/// <c>GET /tasks/{id}/{file}</c>: a task's output files at the URLs MoneyPrinterTurbo clients expect, with HTTP
/// ranges (206/416) so players can seek. Only files directly in the task's directory are served.
/// </summary>
public static class TaskFileEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapTaskFileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tasks/{taskId}/{file}", (string taskId, string file, DataLayout layout) => Serve(layout, taskId, file, download: false))
            .WithName("TaskFile").WithSummary("A file a task produced (video, captions, audio, manifest), with range requests.");
        return app;
    }

    internal static IResult Serve(DataLayout layout, string taskId, string file, bool download) =>
        ServeFile(Guid.TryParse(taskId, out _) && DataLayout.ResolveName(layout.TaskDirectory(taskId), file) is not null
            ? DataFilePath.Resolve(layout, $"tasks/{taskId}/{file}")
            : null, $"{taskId}/{file}", download);

    /// <summary>A resolved file with ranges (and as an attachment when <paramref name="download"/>); 404 naming <paramref name="requested"/> when there is none.</summary>
    internal static IResult ServeFile(string? path, string requested, bool download)
    {
        if (path is null || !File.Exists(path))
        {
            return ApiResults.Error(404, $"{requested}: file not found");
        }

        var contentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        return Results.File(path, contentType, download ? Path.GetFileName(path) : null, enableRangeProcessing: true);
    }
}
