using Reelforge.Data.Library;

namespace Reelforge.Jobs.Library;

/// <summary>A library item that matched a search, with how many of the searched terms it carries.</summary>
public sealed record LibraryHit(LibraryItem Item, int MatchedTerms);
