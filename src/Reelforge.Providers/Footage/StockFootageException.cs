namespace Reelforge.Providers.Footage;

/// <summary>A stock provider or download failed in a way retrying now will not fix.</summary>
public sealed class StockFootageException : Exception
{
    public StockFootageException(string message)
        : base(message)
    {
    }

    public StockFootageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StockFootageException()
    {
    }
}
