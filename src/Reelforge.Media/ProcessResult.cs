namespace Reelforge.Media;

/// <summary>Outcome of a finished ffmpeg/ffprobe run that exited with code 0.</summary>
/// <param name="StandardOutput">All of stdout; empty when progress was requested, since stdout then carries progress.</param>
/// <param name="StandardErrorTail">The last lines of stderr (about 40 lines / 8 KB); summaries such as ebur128's sit there.</param>
public sealed record ProcessResult(
    int ExitCode,
    string StandardOutput,
    string StandardErrorTail,
    string CommandLine,
    TimeSpan Elapsed);
