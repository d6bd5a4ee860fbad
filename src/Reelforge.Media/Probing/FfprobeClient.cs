namespace Reelforge.Media.Probing;

/// <summary>Runs ffprobe on a file and parses what it says.</summary>
public sealed class FfprobeClient(FfmpegRunner runner)
{
    public async Task<ProbeResult> ProbeAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var result = await runner.RunAsync(
            MediaTool.Ffprobe,
            ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
            options: null,
            cancellationToken);
        return ProbeParser.Parse(result.StandardOutput);
    }

    /// <summary>
    /// The times of the first video stream's keyframes, read from packet flags (nothing is decoded). Seeking to a
    /// keyframe decodes nothing that is thrown away.
    /// </summary>
    public async Task<IReadOnlyList<double>> KeyframesAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var result = await runner.RunAsync(
            MediaTool.Ffprobe,
            ["-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time,flags", "-of", "csv=p=0", path],
            options: null,
            cancellationToken);
        return KeyframeParser.Parse(result.StandardOutput);
    }
}
