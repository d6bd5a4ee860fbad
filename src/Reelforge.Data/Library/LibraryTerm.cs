namespace Reelforge.Data.Library;

/// <summary>
/// One search term of one item: the library's inverted index. A plain indexed table rather than SQLite FTS5 or
/// PostgreSQL tsvector so the same migrations, queries and ranking work on both providers.
/// </summary>
public sealed class LibraryTerm
{
    public long ItemId { get; set; }

    /// <summary>Lower-case, stemmed (FootageText.Stem), as searches normalise their words too.</summary>
    public required string Term { get; set; }
}
