namespace Reelforge.Media.Encoders;

/// <summary>The quality levels a render asks for; each encoder maps them to its own settings.</summary>
public enum EncoderQuality
{
    Draft,
    Standard,
    High,
}
