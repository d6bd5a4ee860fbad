using System.Globalization;

namespace Reelforge.Media.Encoders;

/// <summary>
/// NVIDIA's h264_nvenc: presets p1 (fastest) to p7 (best), constant-quality VBR (<c>-cq</c> with no bitrate cap), high
/// profile. The frames stay in system memory; the driver uploads them.
/// </summary>
public sealed class NvencEncoder : VideoEncoder
{
    public override string Name => "nvenc";

    public override string Codec => "h264_nvenc";

    public override IReadOnlyList<string> OutputArguments(EncoderQuality quality, int fps, EncoderTuning tuning)
    {
        var (preset, cq) = quality switch
        {
            EncoderQuality.Draft => ("p1", 28),
            EncoderQuality.Standard => ("p4", 23),
            EncoderQuality.High => ("p6", 19),
            _ => throw new ArgumentOutOfRangeException(nameof(quality), quality, "Unknown quality."),
        };
        return
        [
            "-c:v", Codec, "-preset", preset, "-tune", "hq",
            "-rc", "vbr", "-cq", cq.ToString(CultureInfo.InvariantCulture), "-b:v", "0",
            "-profile:v", "high", "-pix_fmt", "yuv420p", .. ClosedGop(fps),
        ];
    }
}
