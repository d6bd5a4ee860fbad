using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Data;
using Reelforge.Jobs.Library;
using Reelforge.Providers.Footage;

namespace Reelforge.Jobs.Production;

/// <summary>
/// Searches footage the way a render would find it, without rendering: the imported media library and the stock
/// providers that have an API key configured.
/// </summary>
public sealed class FootageSearch(StockProviders stock, ReelforgeDatabase database)
{
    /// <summary>The sources a search may name: the library, then every stock provider with a key.</summary>
    public IReadOnlyList<string> AvailableSources()
    {
        return [LibraryFootageSource.SourceName, .. stock.Keyed()];
    }

    /// <summary>Up to <paramref name="limit"/> items per source for <paramref name="terms"/>, best first.</summary>
    public async Task<FootageSearchResult> SearchAsync(
        IReadOnlyList<string> terms, IReadOnlyList<string> sources, AspectRatio aspect, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(sources);
        var items = new List<FootageHit>();
        var problems = new List<string>();
        if (sources.Any(LibraryFootageSource.IsLibrary))
        {
            var hits = await new LibrarySearch(database).SearchAsync(terms, null, limit, cancellationToken);
            items.AddRange(hits.Select(h => new FootageHit
            {
                Source = LibraryFootageSource.SourceName,
                Kind = h.Item.Kind.ToString().ToLowerInvariant(),
                Id = h.Item.Path,
                Title = h.Item.Title,
                Width = h.Item.Width,
                Height = h.Item.Height,
                DurationSeconds = h.Item.DurationSeconds,
                Tags = h.Item.Terms.Select(t => t.Term).ToList(),
            }));
        }

        var stockNames = sources.Where(s => !LibraryFootageSource.IsLibrary(s)).ToList();
        if (stockNames.Count > 0)
        {
            var size = new VideoFormat { Aspect = aspect }.Size;
            using var footage = stock.Create(stockNames, size);
            foreach (var source in footage.Sources)
            {
                try
                {
                    var found = await source.FindAsync(new FootageQuery(0, terms, 0, size.Height > size.Width), cancellationToken);
                    items.AddRange(found.Take(limit).Select(f => new FootageHit
                    {
                        Source = source.Name,
                        Kind = f.Kind == FootageKind.Image ? "image" : "video",
                        Id = f.Id,
                        Title = f.Title,
                        Width = f.Width,
                        Height = f.Height,
                        DurationSeconds = f.DurationSeconds,
                        Tags = f.Tags,
                        DownloadUrl = f.DownloadUrl,
                        PageUrl = f.PageUrl,
                        Author = f.Author,
                        License = f.License,
                    }));
                }
                catch (StockFootageException e)
                {
                    problems.Add($"{source.Name}: {e.Message}");
                }
            }
        }

        return new FootageSearchResult(items, sources, problems);
    }
}
