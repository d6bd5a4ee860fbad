namespace Reelforge.Media.Capabilities;

/// <summary>What the installed ffmpeg can do, probed once per process.</summary>
/// <param name="FfmpegVersion">The version token of <c>ffmpeg -version</c>, e.g. "5.1.9-0+deb12u1" or "N-112233-gabcdef".</param>
/// <param name="FfmpegRelease">Major.minor(.patch) when the version is a release number; null for git builds.</param>
public sealed record MediaCapabilities(
    string FfmpegVersion,
    Version? FfmpegRelease,
    string FfprobeVersion,
    IReadOnlySet<string> Encoders,
    IReadOnlySet<string> HardwareAccelerations,
    IReadOnlySet<string> Filters)
{
    public bool HasEncoder(string name) => Encoders.Contains(name);

    public bool HasFilter(string name) => Filters.Contains(name);

    /// <summary>
    /// The option that reads a filter graph from a file: <c>-/filter_complex</c> from ffmpeg 7 (which deprecates the
    /// other), <c>-filter_complex_script</c> before; git snapshots are taken to be new.
    /// </summary>
    public string FilterGraphFileOption => FilterGraphFileOptionFor(FfmpegRelease);

    public static string FilterGraphFileOptionFor(Version? release) =>
        release is null || release.Major >= 7 ? "-/filter_complex" : "-filter_complex_script";
}
