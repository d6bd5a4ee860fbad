namespace Reelforge.Media.Encoders;

/// <summary>The encoder a render uses for a choice, and why, in words for logs, manifests and <c>doctor</c>.</summary>
/// <param name="Choice">What was asked for: auto, libx264, nvenc, qsv or vaapi.</param>
/// <param name="Reason">E.g. "auto: nvenc works" or "vaapi was asked for but failed its one-frame test (…); using libx264".</param>
public sealed record EncoderSelection(string Choice, VideoEncoder Encoder, string Reason)
{
    /// <summary>A hardware encoder was asked for (not auto) and libx264 is used instead.</summary>
    public bool FellBack => Choice != EncoderChoice.Auto && Choice != Encoder.Name;
}
