namespace Reelforge.Media.Encoders;

/// <summary>One hardware encoder's one-frame test: whether it works and, when not, ffmpeg's first word on why.</summary>
/// <param name="Failure">The first line ffmpeg printed on standard error when <see cref="Status"/> is Fails; otherwise null.</param>
public sealed record EncoderProbeResult(VideoEncoder Encoder, EncoderProbeStatus Status, string? Failure = null)
{
    public bool Works => Status == EncoderProbeStatus.Works;

    /// <summary>"works", "not listed by this ffmpeg" or "fails: Cannot load libcuda.so.1".</summary>
    public string Describe() => Status switch
    {
        EncoderProbeStatus.Works => "works",
        EncoderProbeStatus.NotListed => $"not listed by this ffmpeg ({Encoder.Codec})",
        _ => "fails: " + (Failure ?? "no reason given"),
    };
}
