using System.Globalization;

namespace Reelforge.Media.Loudness;

/// <summary>Measures loudness with ffmpeg's ebur128 filter.</summary>
public sealed class LoudnessMeter(FfmpegRunner runner)
{
    /// <summary>EBU R128 loudness of the whole file's first audio stream.</summary>
    public Task<LoudnessMeasurement> MeasureAsync(string path, CancellationToken cancellationToken = default) =>
        MeasureCoreAsync(path, window: [], cancellationToken);

    /// <summary>Loudness of a window only (seeking with -ss/-t before -i), e.g. music under narration to check ducking.</summary>
    public Task<LoudnessMeasurement> MeasureRangeAsync(
        string path,
        double startSeconds,
        double durationSeconds,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(durationSeconds);
        return MeasureCoreAsync(path, ["-ss", Seconds(startSeconds), "-t", Seconds(durationSeconds)], cancellationToken);
    }

    private async Task<LoudnessMeasurement> MeasureCoreAsync(string path, string[] window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        // framelog=verbose moves the 10-per-second meter lines below the default log level, so the
        // summary is all that ebur128 prints and it always fits in the runner's stderr tail.
        string[] arguments =
        [
            "-hide_banner", "-nostats", .. window, "-i", path,
            "-filter_complex", "[0:a:0]ebur128=peak=true:framelog=verbose", "-f", "null", "-",
        ];
        var result = await runner.RunAsync(MediaTool.Ffmpeg, arguments, options: null, cancellationToken);
        return Ebur128SummaryParser.Parse(result.StandardErrorTail);
    }

    private static string Seconds(double seconds) => seconds.ToString("0.######", CultureInfo.InvariantCulture);
}
