namespace Reelforge.Media;

/// <summary>ffmpeg or ffprobe is not installed (or not where the configuration says).</summary>
public sealed class ToolNotFoundException : Exception
{
    public const string InstallHint = "install with: sudo apt-get install -y ffmpeg";

    public ToolNotFoundException(MediaTool tool, string configuredPath, Exception? innerException = null)
        : base(BuildMessage(tool, configuredPath), innerException)
    {
        Tool = tool;
        ConfiguredPath = configuredPath;
    }

    public MediaTool Tool { get; }

    public string ConfiguredPath { get; }

    private static string BuildMessage(MediaTool tool, string configuredPath)
    {
        var name = tool == MediaTool.Ffmpeg ? "ffmpeg" : "ffprobe";
        return $"{name} was not found (looked for '{configuredPath}'); {InstallHint} (Debian/Ubuntu), "
            + "or set the tool path in the media options.";
    }
}
