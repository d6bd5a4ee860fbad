using System.Globalization;

namespace Reelforge.Media.Encoders;

/// <summary>
/// VA-API's h264_vaapi (Intel and AMD on Linux): opens the render device before the inputs, uploads NV12 frames to it at
/// the end of the video chain, and encodes at a constant QP with the high profile.
/// </summary>
public sealed class VaapiEncoder(string device = VaapiEncoder.DefaultDevice) : VideoEncoder
{
    /// <summary>The first DRM render node, where the (only) GPU of most machines is.</summary>
    public const string DefaultDevice = "/dev/dri/renderD128";

    /// <summary>The DRM render node the encoder opens.</summary>
    public string Device => device;

    public override string Name => "vaapi";

    public override string Codec => "h264_vaapi";

    public override IReadOnlyList<string> DeviceArguments => ["-init_hw_device", "vaapi=va:" + device, "-filter_hw_device", "va"];

    public override string? UploadFilters => "format=nv12,hwupload";

    public override IReadOnlyList<string> OutputArguments(EncoderQuality quality, int fps, EncoderTuning tuning)
    {
        var qp = quality switch
        {
            EncoderQuality.Draft => 28,
            EncoderQuality.Standard => 23,
            EncoderQuality.High => 19,
            _ => throw new ArgumentOutOfRangeException(nameof(quality), quality, "Unknown quality."),
        };
        return
        [
            "-c:v", Codec, "-rc_mode", "CQP", "-qp", qp.ToString(CultureInfo.InvariantCulture), "-profile:v", "high", .. ClosedGop(fps),
        ];
    }
}
