namespace Reelforge.Media.Probing;

/// <summary>What ffprobe says about a file: container format plus streams.</summary>
/// <param name="FormatName">ffprobe's <c>format_name</c>, e.g. "mov,mp4,m4a,3gp,3g2,mj2".</param>
/// <param name="Duration">Seconds; null for still images, which have none.</param>
public sealed record ProbeResult(
    string FormatName,
    double? Duration,
    long? SizeBytes,
    long? BitRate,
    IReadOnlyList<StreamInfo> Streams)
{
    private static readonly HashSet<string> ImageCodecs =
        new(["png", "mjpeg", "webp", "bmp", "tiff", "jpegxl", "jpeg2000"], StringComparer.Ordinal);

    /// <summary>The first real video stream (cover art excluded).</summary>
    public StreamInfo? Video => Streams.FirstOrDefault(s => s.CodecType == MediaCodecType.Video && !s.IsAttachedPicture);

    public StreamInfo? Audio => Streams.FirstOrDefault(s => s.CodecType == MediaCodecType.Audio);

    /// <summary>
    /// A still picture rather than footage: one video stream, no audio, an image codec or image demuxer,
    /// and at most one frame. Footage sources use this to decide between looping a still and trimming a clip.
    /// </summary>
    public bool IsImage
    {
        get
        {
            if (Audio is not null || Video is not { } video || Streams.Count(s => s.CodecType == MediaCodecType.Video) != 1)
            {
                return false;
            }

            var imageFormat = FormatName == "image2" || FormatName.EndsWith("_pipe", StringComparison.Ordinal);
            var imageCodec = video.CodecName is { } codec && ImageCodecs.Contains(codec);
            return (imageFormat || imageCodec) && (video.FrameCount is null or <= 1);
        }
    }
}
