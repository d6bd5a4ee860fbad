namespace Reelforge.Providers.Footage;

/// <summary>A search page on disk, with when it was fetched.</summary>
internal sealed record CachedSearchPage(DateTimeOffset SavedAt, StockSearchPage Page);
