namespace Reelforge.Media;

/// <summary>Optional knobs for one <see cref="FfmpegRunner.RunAsync"/> call.</summary>
public sealed record ProcessRunOptions
{
    public static ProcessRunOptions Default { get; } = new();

    /// <summary>
    /// When set (ffmpeg only), the runner itself inserts <c>-progress pipe:1 -nostats</c> right after the
    /// executable; callers must not pass <c>-progress</c> or write their own output to stdout.
    /// Reports are delivered on the runner's reading thread, in order.
    /// </summary>
    public IProgress<FfmpegProgress>? Progress { get; init; }

    /// <summary>Expected output duration, used to compute <see cref="FfmpegProgress.Percent"/>.</summary>
    public TimeSpan? TotalDuration { get; init; }

    /// <summary>Per-job log: receives the exact shell-quoted command line, every stderr line and the exit code.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>Extra environment variables; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    public string? WorkingDirectory { get; init; }
}
