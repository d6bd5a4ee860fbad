using Microsoft.EntityFrameworkCore;
using Reelforge.Data;
using Reelforge.Data.Library;

namespace Reelforge.Jobs.Library;

/// <summary>
/// Keyword search over the library's term index: items ranked by how many of the searched terms they carry
/// (ties: the earlier import first). Near-duplicates are left out; their originals stand for them.
/// </summary>
public sealed class LibrarySearch(ReelforgeDatabase database)
{
    public async Task<IReadOnlyList<LibraryHit>> SearchAsync(
        IEnumerable<string> words, LibraryItemKind? kind, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var terms = LibraryTermText.Terms(words).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        await using var context = database.CreateContext();
        var items = context.LibraryItems.AsNoTracking().Where(i => i.DuplicateOfId == null);
        if (kind is { } k)
        {
            items = items.Where(i => i.Kind == k);
        }

        var scored = await items
            .Select(i => new { i.Id, Score = i.Terms.Count(t => terms.Contains(t.Term)) })
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        var ids = scored.Select(x => x.Id).ToList();
        var loaded = await context.LibraryItems.AsNoTracking().Include(i => i.Terms)
            .Where(i => ids.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        return scored.Select(x => new LibraryHit(loaded[x.Id], x.Score)).ToList();
    }
}
