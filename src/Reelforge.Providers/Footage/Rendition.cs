namespace Reelforge.Providers.Footage;

/// <summary>One downloadable size of a stock video.</summary>
public sealed record Rendition(Uri Url, int Width, int Height);
