using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>
/// Footage from the imported media library, found through its term index rather than a directory scan; asked for by
/// naming "library" among a request's footage sources, like the stock providers beside it.
/// </summary>
public sealed class LibraryFootageSource(IMediaLibrary library) : IFootageSource
{
    public const string SourceName = "library";

    private const int Candidates = 50;

    public string Name => SourceName;

    public static bool IsLibrary(string sourceName) => string.Equals(sourceName?.Trim(), SourceName, StringComparison.OrdinalIgnoreCase);

    public Task<IReadOnlyList<FootageItem>> FindAsync(FootageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return library.FindAsync(query.Terms, Candidates, cancellationToken);
    }
}
