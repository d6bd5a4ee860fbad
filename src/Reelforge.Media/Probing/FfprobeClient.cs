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
}
