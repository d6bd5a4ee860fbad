namespace Reelforge.Pipeline.Generation;

/// <summary>The request cannot be made into a video; the message is one sentence a user can act on.</summary>
public sealed class InvalidRequestException : Exception
{
    public InvalidRequestException()
    {
    }

    public InvalidRequestException(string message)
        : base(message)
    {
    }

    public InvalidRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
