using System.Globalization;

namespace Reelforge.Media.Encoders;

/// <summary>
/// An H.264 encoder and how a render drives it: arguments before the inputs (a hardware device), filters that end the
/// video chain (upload to the device), and the output arguments for a quality level. Every encoder writes closed GOPs
/// of two seconds, so parts encoded apart join by stream copy.
/// </summary>
public abstract class VideoEncoder
{
    /// <summary>libx264, the software encoder every install has and the fallback of every hardware one.</summary>
    public static VideoEncoder Libx264 { get; } = new Libx264Encoder();

    /// <summary>NVIDIA NVENC (h264_nvenc).</summary>
    public static VideoEncoder Nvenc { get; } = new NvencEncoder();

    /// <summary>Intel Quick Sync (h264_qsv).</summary>
    public static VideoEncoder Qsv { get; } = new QsvEncoder();

    /// <summary>VA-API (h264_vaapi) on the first render node, <see cref="VaapiEncoder.DefaultDevice"/>.</summary>
    public static VideoEncoder Vaapi { get; } = new VaapiEncoder();

    /// <summary>The hardware encoders in the order <c>auto</c> tries them.</summary>
    public static IReadOnlyList<VideoEncoder> Hardware { get; } = [Nvenc, Qsv, Vaapi];

    /// <summary>Every encoder: libx264, then the hardware ones.</summary>
    public static IReadOnlyList<VideoEncoder> All { get; } = [Libx264, .. Hardware];

    /// <summary>The encoder chosen by <paramref name="name"/> (libx264, nvenc, qsv or vaapi), or null for any other name.</summary>
    public static VideoEncoder? Find(string? name) => All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));

    /// <summary>The name people choose it by: libx264, nvenc, qsv or vaapi.</summary>
    public abstract string Name { get; }

    /// <summary>ffmpeg's codec name, e.g. libx264 or h264_nvenc.</summary>
    public abstract string Codec { get; }

    public bool IsHardware => this is not Libx264Encoder;

    /// <summary>Arguments that go before the first input (e.g. opening the VA-API device).</summary>
    public virtual IReadOnlyList<string> DeviceArguments => [];

    /// <summary>Filters appended after the yuv420p conversion at the end of the video chain; null when none.</summary>
    public virtual string? UploadFilters => null;

    /// <summary>Codec, rate control, GOP and profile for <paramref name="quality"/> at <paramref name="fps"/>.</summary>
    public abstract IReadOnlyList<string> OutputArguments(EncoderQuality quality, int fps, EncoderTuning tuning);

    public override string ToString() => Name;

    /// <summary>Two-second closed GOPs: a part can start anywhere a GOP does and be joined without re-encoding.</summary>
    protected static string[] ClosedGop(int fps) => ["-g", (fps * 2).ToString(CultureInfo.InvariantCulture), "-flags", "+cgop"];

    private sealed class Libx264Encoder : VideoEncoder
    {
        public override string Name => "libx264";

        public override string Codec => "libx264";

        public override IReadOnlyList<string> OutputArguments(EncoderQuality quality, int fps, EncoderTuning tuning)
        {
            ArgumentNullException.ThrowIfNull(tuning);
            var (preset, crf) = quality switch
            {
                EncoderQuality.Draft => ("superfast", 26),
                EncoderQuality.Standard => ("veryfast", 21),
                EncoderQuality.High => ("medium", 18),
                _ => throw new ArgumentOutOfRangeException(nameof(quality), quality, "Unknown quality."),
            };
            List<string> args = ["-c:v", "libx264", "-preset", preset, "-crf", crf.ToString(CultureInfo.InvariantCulture), "-profile:v", "high", "-pix_fmt", "yuv420p"];
            if (tuning.Threads is { } threads)
            {
                args.AddRange(["-threads", threads.ToString(CultureInfo.InvariantCulture)]);
            }

            if (tuning.Lookahead is { } lookahead)
            {
                args.AddRange(["-rc-lookahead", lookahead.ToString(CultureInfo.InvariantCulture)]);
            }

            args.AddRange(ClosedGop(fps));
            return args;
        }
    }
}
