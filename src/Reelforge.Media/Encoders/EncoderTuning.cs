namespace Reelforge.Media.Encoders;

/// <summary>Memory-bound renders hold the software encoder to fewer threads and a shorter lookahead; null means its own choice.</summary>
public sealed record EncoderTuning(int? Threads = null, int? Lookahead = null)
{
    public static EncoderTuning Default { get; } = new();
}
