using System.Globalization;

namespace Reelforge.Media.Encoders;

/// <summary>
/// Intel Quick Sync's h264_qsv: veryfast/medium/slow presets with a constant quality (<c>-global_quality</c>, ICQ), no
/// lookahead (it holds frames and adds latency for little gain at these sizes), high profile, NV12 input.
/// </summary>
public sealed class QsvEncoder : VideoEncoder
{
    public override string Name => "qsv";

    public override string Codec => "h264_qsv";

    public override IReadOnlyList<string> OutputArguments(EncoderQuality quality, int fps, EncoderTuning tuning)
    {
        var (preset, globalQuality) = quality switch
        {
            EncoderQuality.Draft => ("veryfast", 28),
            EncoderQuality.Standard => ("medium", 23),
            EncoderQuality.High => ("slow", 20),
            _ => throw new ArgumentOutOfRangeException(nameof(quality), quality, "Unknown quality."),
        };
        return
        [
            "-c:v", Codec, "-preset", preset, "-global_quality", globalQuality.ToString(CultureInfo.InvariantCulture),
            "-look_ahead", "0", "-profile:v", "high", "-pix_fmt", "nv12", .. ClosedGop(fps),
        ];
    }
}
