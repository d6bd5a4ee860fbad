namespace Reelforge.Media;

/// <summary>One <c>-progress</c> block from ffmpeg. Fields ffmpeg reported as N/A are null.</summary>
/// <param name="OutTime">Position in the output reached so far.</param>
/// <param name="Speed">Processing speed as a multiple of real time (1.0 = real time).</param>
/// <param name="Percent">0–100 when the total duration is known; 100 once ffmpeg says the run ended.</param>
/// <param name="IsEnd">True for the final block (<c>progress=end</c>).</param>
public sealed record FfmpegProgress(
    long? Frame,
    double? FramesPerSecond,
    TimeSpan? OutTime,
    double? Speed,
    long? TotalSizeBytes,
    double? Percent,
    bool IsEnd);
