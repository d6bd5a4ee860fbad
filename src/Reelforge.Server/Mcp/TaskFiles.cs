using Reelforge.Data.Storage;
using Reelforge.Server.Api;

namespace Reelforge.Server.Mcp;

/// <summary>The files a task produced (videos, captions, audio, manifests), directly in its directory; work files are not among them.</summary>
public sealed class TaskFiles(DataLayout layout)
{
    private static readonly Dictionary<string, string> MimeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp4"] = "video/mp4",
        [".srt"] = "application/x-subrip",
        [".vtt"] = "text/vtt",
        [".ass"] = "text/x-ssa",
        [".json"] = "application/json",
        [".wav"] = "audio/wav",
    };

    public static bool IsText(string mimeType) => !mimeType.StartsWith("video/", StringComparison.Ordinal) && !mimeType.StartsWith("audio/", StringComparison.Ordinal);

    public static string MimeTypeOf(string file) => MimeTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");

    public IReadOnlyList<FileInfo> List(string taskId)
    {
        var directory = new DirectoryInfo(layout.TaskDirectory(taskId));
        return directory.Exists
            ? directory.EnumerateFiles().Where(f => MimeTypes.ContainsKey(f.Extension)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>
    /// The file named <paramref name="file"/> directly in the task's directory, or null when there is none; resolved like
    /// the REST file routes, so a link leading out of the data directory is refused.
    /// </summary>
    public FileInfo? Find(string taskId, string file)
    {
        if (!Guid.TryParse(taskId, out _) || !MimeTypes.ContainsKey(Path.GetExtension(file)))
        {
            return null;
        }

        var path = DataFilePath.Resolve(layout, $"tasks/{taskId}/{file}");
        return path is not null ? new FileInfo(path) : null;
    }
}
