namespace Reelforge.Media;

/// <summary>
/// Where ffmpeg and ffprobe live. A bare name ("ffmpeg") is looked up on PATH; anything with a
/// directory separator is taken as a file path.
/// </summary>
public sealed record FfmpegTools
{
    public static FfmpegTools Default { get; } = new();

    public string FfmpegPath { get; init; } = "ffmpeg";

    public string FfprobePath { get; init; } = "ffprobe";

    public string GetConfiguredPath(MediaTool tool) => tool switch
    {
        MediaTool.Ffmpeg => FfmpegPath,
        MediaTool.Ffprobe => FfprobePath,
        _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, "Unknown media tool."),
    };

    /// <summary>Returns the full path of the executable, or throws <see cref="ToolNotFoundException"/>.</summary>
    public string ResolveExecutable(MediaTool tool)
    {
        var configured = GetConfiguredPath(tool);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new ToolNotFoundException(tool, configured);
        }

        if (configured.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || configured.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : throw new ToolNotFoundException(tool, configured);
        }

        return FindOnPath(configured) ?? throw new ToolNotFoundException(tool, configured);
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        // Windows resolves "ffmpeg" to "ffmpeg.exe"; on Unix the bare name is the file.
        string[] suffixes = OperatingSystem.IsWindows() && !Path.HasExtension(name) ? [".exe", ""] : [""];
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var suffix in suffixes)
            {
                var candidate = Path.Combine(directory, name + suffix);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
