using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>One page of a provider's search, already turned into footage items.</summary>
/// <param name="HasMore">Whether the provider has a further page.</param>
public sealed record StockSearchPage(IReadOnlyList<FootageItem> Items, bool HasMore);
