namespace Reelforge.Data.Storage;

/// <summary>
/// Where the server keeps things under its data directory: the SQLite databases, one directory per task (its
/// outputs, and the work files its stages resume from), uploaded music and footage, and the shared cache.
/// </summary>
public sealed class DataLayout(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Tasks => Path.Combine(Root, "tasks");

    public string Musics => Path.Combine(Root, "musics");

    public string Materials => Path.Combine(Root, "materials");

    public string Cache => Path.Combine(Root, "cache");

    /// <summary>Quartz's SQLite store, apart from the application's so their writers do not wait on each other.</summary>
    public string JobStorePath => Path.Combine(Root, "jobs.db");

    public string TaskDirectory(string taskId) => Path.Combine(Tasks, CheckedName(taskId));

    public string WorkDirectory(string taskId) => Path.Combine(TaskDirectory(taskId), "work");

    /// <summary>
    /// A file under <paramref name="directory"/> (one of this layout's) named by a client: a bare file name only,
    /// so nothing a client sends can reach outside it. Null when the name is not acceptable.
    /// </summary>
    public static string? ResolveName(string directory, string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 255 || name is "." or ".."
            || name.IndexOfAny(['/', '\\', '\0']) >= 0 || name.Any(char.IsControl))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(directory, name));
        return Path.GetDirectoryName(full) == Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) ? full : null;
    }

    private static string CheckedName(string taskId) =>
        Guid.TryParse(taskId, out _) ? taskId : throw new ArgumentException($"'{taskId}' is not a task id.", nameof(taskId));
}
