namespace Reelforge.Media.Probing;

/// <summary>One stream as ffprobe reports it. Values ffprobe leaves out (or reports as N/A, 0/0) are null.</summary>
/// <param name="FrameRate">From <c>r_frame_rate</c> ("30000/1001" → 29.97).</param>
/// <param name="AverageFrameRate">From <c>avg_frame_rate</c>.</param>
/// <param name="Duration">Seconds.</param>
/// <param name="FrameCount">From <c>nb_frames</c>; containers such as Matroska do not store it.</param>
/// <param name="IsAttachedPicture">Cover art inside an audio file, not a real video stream.</param>
public sealed record StreamInfo(
    int Index,
    MediaCodecType CodecType,
    string? CodecName,
    string? Profile,
    string? PixelFormat,
    int? Width,
    int? Height,
    double? FrameRate,
    double? AverageFrameRate,
    int? SampleRate,
    int? Channels,
    string? ChannelLayout,
    double? Duration,
    long? FrameCount,
    long? BitRate,
    bool IsAttachedPicture);
