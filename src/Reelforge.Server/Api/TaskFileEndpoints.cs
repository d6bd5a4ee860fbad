using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Reelforge.Data.Storage;

namespace Reelforge.Server.Api;

/// <summary>
/// <c>GET /tasks/{id}/{file}</c>: a task's output files at the URLs MoneyPrinterTurbo clients expect, with HTTP
/// ranges (206/416) so players can seek. Only files directly in the task's directory are served. The route is outside
/// <c>/api/v1</c>, so a missing file is a problem details 404 (MPT's own static route has no envelope either).
/// </summary>
public static class TaskFileEndpoints
{
    private const string FileContentType = "application/octet-stream";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapTaskFileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tasks/{taskId}/{file}", ServeTaskFile)
            .WithName("TaskFile").WithSummary("A file a task produced (video, captions, audio, manifest), with range requests.")
            .ProducesFile()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Documents the 200 (whole file) and 206 (a range) a file result sends, which its type cannot state itself.</summary>
    internal static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder route) =>
        route.Produces(StatusCodes.Status200OK, contentType: FileContentType).Produces(StatusCodes.Status206PartialContent, contentType: FileContentType);

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> ServeTaskFile(string taskId, string file, DataLayout layout)
    {
        var path = Guid.TryParse(taskId, out _) && DataLayout.ResolveName(layout.TaskDirectory(taskId), file) is not null
            ? DataFilePath.Resolve(layout, $"tasks/{taskId}/{file}")
            : null;
        return FileAt(path, download: false) is { } found
            ? found
            : TypedResults.Problem($"{taskId}/{file}: file not found", statusCode: StatusCodes.Status404NotFound);
    }

    /// <summary>The file at a resolved path with ranges (as an attachment when <paramref name="download"/>); null when there is none.</summary>
    internal static PhysicalFileHttpResult? FileAt(string? path, bool download)
    {
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        var contentType = ContentTypes.TryGetContentType(path, out var type) ? type : FileContentType;
        return TypedResults.PhysicalFile(path, contentType, download ? Path.GetFileName(path) : null, enableRangeProcessing: true);
    }
}
