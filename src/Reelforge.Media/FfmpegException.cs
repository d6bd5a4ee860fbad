namespace Reelforge.Media;

/// <summary>ffmpeg or ffprobe exited with a non-zero code; the message carries the stderr tail, which says why.</summary>
public sealed class FfmpegException : Exception
{
    public FfmpegException(MediaTool tool, int exitCode, string commandLine, string standardErrorTail)
        : base(BuildMessage(tool, exitCode, commandLine, standardErrorTail))
    {
        Tool = tool;
        ExitCode = exitCode;
        CommandLine = commandLine;
        StandardErrorTail = standardErrorTail;
    }

    public MediaTool Tool { get; }

    public int ExitCode { get; }

    public string CommandLine { get; }

    public string StandardErrorTail { get; }

    private static string BuildMessage(MediaTool tool, int exitCode, string commandLine, string standardErrorTail)
    {
        var name = tool == MediaTool.Ffmpeg ? "ffmpeg" : "ffprobe";
        return $"{name} exited with code {exitCode}.{Environment.NewLine}"
            + $"Command: {commandLine}{Environment.NewLine}"
            + $"Last stderr lines:{Environment.NewLine}{standardErrorTail}";
    }
}
