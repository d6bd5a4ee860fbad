using Reelforge.Core.Footage;
using Reelforge.Data;
using Reelforge.Data.Library;
using Reelforge.Providers.Footage;

namespace Reelforge.Jobs.Library;

/// <summary>The media library in the database (SQLite or PostgreSQL), as footage.</summary>
public sealed class DatabaseMediaLibrary(ReelforgeDatabase database) : IMediaLibrary
{
    private readonly LibrarySearch _search = new(database);
    private bool _migrated;

    public async Task<IReadOnlyList<FootageItem>> FindAsync(IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            // Nothing was ever imported here (the CLI's data directory has no database yet): the library is empty,
            // and looking into it creates nothing.
            if (!database.Options.IsPostgres && !File.Exists(database.Options.SqlitePath))
            {
                return [];
            }

            await database.MigrateAsync(cancellationToken);
            _migrated = true;
        }

        var hits = await _search.SearchAsync(terms, kind: null, limit, cancellationToken);
        return hits.Select(h => ToFootage(h.Item)).ToList();
    }

    public static FootageItem ToFootage(LibraryItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var kind = item.Kind == LibraryItemKind.Image ? FootageKind.Image : FootageKind.Video;
        return new FootageItem(item.Path, LibraryFootageSource.SourceName, kind, item.Path, item.DurationSeconds, item.Width, item.Height,
            Tags: item.Terms.Select(t => t.Term).ToList())
        {
            Title = item.Title,
        };
    }
}
