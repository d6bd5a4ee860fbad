namespace Reelforge.Providers.Speech;

/// <summary>A speech engine failed; the message says which engine and carries its stderr tail.</summary>
public sealed class SpeechSynthesisException : Exception
{
    public SpeechSynthesisException(string message)
        : base(message)
    {
    }

    public SpeechSynthesisException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
