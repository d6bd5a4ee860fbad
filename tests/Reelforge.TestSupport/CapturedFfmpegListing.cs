namespace Reelforge.TestSupport;

/// <summary>
/// What a real ffmpeg printed for <c>-hide_banner -encoders</c> and <c>-hide_banner -hwaccels</c> (files in TestData,
/// embedded). The listings say what a build was compiled with, not what hardware is present.
/// </summary>
public sealed record CapturedFfmpegListing(string Name, string Encoders, string HardwareAccelerations)
{
    /// <summary>
    /// ffmpeg 5.1 of Debian 12, as on a machine with an NVIDIA or Intel GPU (and on this one, without): it lists
    /// h264_nvenc, h264_qsv and h264_vaapi, and the cuda, vaapi and qsv methods.
    /// </summary>
    public static CapturedFfmpegListing Debian12 { get; } = Load("debian12");

    /// <summary>The Debian 12 listing with every hardware encoder line removed, and no acceleration methods: a build configured without them.</summary>
    public static CapturedFfmpegListing WithoutHardware { get; } = Load("without-hardware");

    private static CapturedFfmpegListing Load(string name) =>
        new(name, Read($"encoders-{name}.txt"), Read($"hwaccels-{name}.txt"));

    private static string Read(string file)
    {
        var assembly = typeof(CapturedFfmpegListing).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
