using Reelforge.Data.Storage;

namespace Reelforge.Server.Api;

/// <summary>
/// Resolves a client's path relative to the data directory (<c>tasks/{id}/final-1.mp4</c>, <c>musics/x.mp3</c>) to a
/// regular file inside <c>tasks/</c>, <c>musics/</c> or <c>materials/</c>, or to nothing. Dot segments, backslashes, rooted
/// paths and links that lead out of the area are refused rather than normalised.
/// </summary>
internal static class DataFilePath
{
    private static readonly string[] Areas = ["tasks", "musics", "materials"];

    public static string? Resolve(DataLayout layout, string? relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.Length > 1024 || relative.IndexOfAny(['\\', '\0', ':']) >= 0 || Path.IsPathRooted(relative))
        {
            return null;
        }

        var segments = relative.Split('/');
        if (segments.Length < 2 || Array.IndexOf(Areas, segments[0]) < 0
            || segments.Any(s => s.Length == 0 || s is "." or ".." || s.Any(char.IsControl)))
        {
            return null;
        }

        var area = Path.Combine(layout.Root, segments[0]);
        if (!Directory.Exists(area))
        {
            return null;
        }

        if (new DirectoryInfo(area).LinkTarget is not null)
        {
            area = new DirectoryInfo(area).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? area;
        }

        // Walk the path one component at a time so a link anywhere on it is followed and checked, not just the last.
        var current = area;
        foreach (var segment in segments.Skip(1))
        {
            var next = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists || !IsInside(area, target.FullName))
                {
                    return null;
                }

                next = target.FullName;
            }

            current = next;
        }

        return IsInside(area, current) && File.Exists(current) ? current : null;
    }

    private static bool IsInside(string directory, string path) =>
        Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
