namespace Reelforge.Cli;

/// <summary>Where the CLI keeps its cache (narration, loudness measurements, music bed) and per-job work files.</summary>
internal static class AppPaths
{
    public static string DefaultCacheDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("REELFORGE_CACHE_DIR");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "reelforge");
    }

    public static string NewWorkDirectory(string cacheDirectory) =>
        Path.Combine(cacheDirectory, "jobs", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..28]);
}
