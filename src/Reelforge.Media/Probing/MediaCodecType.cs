namespace Reelforge.Media.Probing;

/// <summary>ffprobe's <c>codec_type</c>.</summary>
public enum MediaCodecType
{
    Unknown,
    Video,
    Audio,
    Subtitle,
    Data,
    Attachment,
}
