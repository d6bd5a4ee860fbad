namespace Reelforge.Media.Encoders;

/// <summary>How a hardware encoder fared on this machine.</summary>
public enum EncoderProbeStatus
{
    /// <summary>This ffmpeg was built without it (<c>ffmpeg -encoders</c> does not list it).</summary>
    NotListed,

    /// <summary>Listed, but a one-frame encode failed (no device, no driver, no library).</summary>
    Fails,

    /// <summary>A one-frame encode succeeded.</summary>
    Works,
}
