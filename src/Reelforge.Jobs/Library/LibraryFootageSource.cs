using Reelforge.Core.Footage;
using Reelforge.Data;
using Reelforge.Data.Library;

namespace Reelforge.Jobs.Library;

/// <summary>
/// Footage from the imported media library (<c>reelforge library import</c>), found through its term index rather
/// than a directory scan; asked for by naming "library" among a request's footage sources.
/// </summary>
public sealed class LibraryFootageSource(ReelforgeDatabase database) : IFootageSource
{
    public const string SourceName = "library";

    private const int Candidates = 50;

    private readonly LibrarySearch _search = new(database);
    private bool _migrated;

    public string Name => SourceName;

    public static bool IsLibrary(string sourceName) => string.Equals(sourceName?.Trim(), SourceName, StringComparison.OrdinalIgnoreCase);

    public async Task<IReadOnlyList<FootageItem>> FindAsync(FootageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!_migrated)
        {
            // The CLI may render before anything was imported: an empty library answers nothing rather than failing.
            await database.MigrateAsync(cancellationToken);
            _migrated = true;
        }

        var hits = await _search.SearchAsync(query.Terms, kind: null, Candidates, cancellationToken);
        return hits.Select(h => ToFootage(h.Item)).ToList();
    }

    public static FootageItem ToFootage(LibraryItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var kind = item.Kind == LibraryItemKind.Image ? FootageKind.Image : FootageKind.Video;
        return new FootageItem(item.Path, SourceName, kind, item.Path, item.DurationSeconds, item.Width, item.Height,
            Tags: item.Terms.Select(t => t.Term).ToList())
        {
            Title = item.Title,
        };
    }
}
