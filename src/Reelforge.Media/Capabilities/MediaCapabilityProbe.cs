namespace Reelforge.Media.Capabilities;

/// <summary>
/// Asks ffmpeg once what it supports and remembers the answer; a failed or cancelled probe is retried
/// by the next caller instead of being cached.
/// </summary>
public sealed class MediaCapabilityProbe(FfmpegRunner runner)
{
    private Task<MediaCapabilities>? probe;

    public Task<MediaCapabilities> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = Volatile.Read(ref probe);
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            // The shared probe ignores any one caller's token; each caller only stops waiting for it.
            var fresh = ProbeAsync(CancellationToken.None);
            current = Interlocked.CompareExchange(ref probe, fresh, current) == current ? fresh : Volatile.Read(ref probe)!;
        }

        return current.WaitAsync(cancellationToken);
    }

    private async Task<MediaCapabilities> ProbeAsync(CancellationToken cancellationToken)
    {
        var ffmpegVersion = await RunAsync(MediaTool.Ffmpeg, ["-version"], cancellationToken);
        var ffprobeVersion = await RunAsync(MediaTool.Ffprobe, ["-version"], cancellationToken);
        var encoders = await RunAsync(MediaTool.Ffmpeg, ["-hide_banner", "-encoders"], cancellationToken);
        var hwaccels = await RunAsync(MediaTool.Ffmpeg, ["-hide_banner", "-hwaccels"], cancellationToken);
        var filters = await RunAsync(MediaTool.Ffmpeg, ["-hide_banner", "-filters"], cancellationToken);

        var version = CapabilityOutputParser.ParseVersion(ffmpegVersion);
        return new MediaCapabilities(
            version,
            CapabilityOutputParser.ParseRelease(version),
            CapabilityOutputParser.ParseVersion(ffprobeVersion),
            CapabilityOutputParser.ParseEncoders(encoders),
            CapabilityOutputParser.ParseHardwareAccelerations(hwaccels),
            CapabilityOutputParser.ParseFilters(filters));
    }

    private async Task<string> RunAsync(MediaTool tool, string[] arguments, CancellationToken cancellationToken) =>
        (await runner.RunAsync(tool, arguments, options: null, cancellationToken)).StandardOutput;
}
