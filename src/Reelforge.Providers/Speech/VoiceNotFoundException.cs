namespace Reelforge.Providers.Speech;

/// <summary>The requested voice or engine is not installed here.</summary>
public sealed class VoiceNotFoundException : Exception
{
    public VoiceNotFoundException(string message)
        : base(message)
    {
    }

    public VoiceNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
