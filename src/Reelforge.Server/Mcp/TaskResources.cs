using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Reelforge.Data.Tasks;

namespace Reelforge.Server.Mcp;

/// <summary>
/// Finished tasks' files as MCP resources (<c>reelforge://tasks/{task_id}/{file}</c>): the video as a blob, captions
/// and the manifest as text. The list holds the most recently completed tasks; any task's file reads by its URI.
/// </summary>
internal static class TaskResources
{
    public const int ListedTasks = 50;

    /// <summary>Larger files are not inlined (base64 in one JSON message); their URL is the way to fetch them.</summary>
    public const long MaxReadBytes = 64L * 1024 * 1024;

    public static ValueTask<ListResourceTemplatesResult> ListTemplatesAsync(RequestContext<ListResourceTemplatesRequestParams> request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListResourceTemplatesResult
        {
            ResourceTemplates =
            [
                new ResourceTemplate
                {
                    Name = "task_file",
                    Title = "A file of a finished task",
                    UriTemplate = TaskResourceUri.Template,
                    Description = "final-1.mp4 (the video), final-1.srt / .vtt / .ass (captions), final-1.manifest.json (what went into the video).",
                },
            ],
        });

    public static async ValueTask<ListResourcesResult> ListAsync(RequestContext<ListResourcesRequestParams> request, CancellationToken cancellationToken)
    {
        var services = request.Services!;
        var store = services.GetRequiredService<TaskStore>();
        var files = services.GetRequiredService<TaskFiles>();
        var resources = new List<Resource>();
        foreach (var task in await store.RecentlyCompletedAsync(ListedTasks, cancellationToken))
        {
            resources.AddRange(files.List(task.Id).Select(f => new Resource
            {
                Uri = TaskResourceUri.For(task.Id, f.Name),
                Name = $"{task.Id}/{f.Name}",
                Title = f.Name,
                MimeType = TaskFiles.MimeTypeOf(f.Name),
                Size = f.Length,
            }));
        }

        return new ListResourcesResult { Resources = resources };
    }

    public static async ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken)
    {
        var uri = request.Params?.Uri;
        var files = request.Services!.GetRequiredService<TaskFiles>();
        if (!TaskResourceUri.TryParse(uri, out var taskId, out var name) || files.Find(taskId, name) is not { } file)
        {
            throw new McpProtocolException($"Resource not found: {uri} (task files are {TaskResourceUri.Template}).", McpErrorCode.InvalidParams);
        }

        if (file.Length > MaxReadBytes)
        {
            throw new McpProtocolException($"{uri} is {file.Length / (1024 * 1024)} MB, too large to send inline; fetch it by the URL get_task gives.", McpErrorCode.InvalidParams);
        }

        var mimeType = TaskFiles.MimeTypeOf(file.Name);
        ResourceContents contents = TaskFiles.IsText(mimeType)
            ? new TextResourceContents { Uri = uri!, MimeType = mimeType, Text = await File.ReadAllTextAsync(file.FullName, cancellationToken) }
            : BlobResourceContents.FromBytes(await File.ReadAllBytesAsync(file.FullName, cancellationToken), uri!, mimeType);
        return new ReadResourceResult { Contents = [contents] };
    }
}
