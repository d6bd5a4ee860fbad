namespace Reelforge.Core.Footage;

/// <summary>The imported media library (<c>reelforge library import</c>), searched by its term index.</summary>
public interface IMediaLibrary
{
    /// <summary>Up to <paramref name="limit"/> items for <paramref name="terms"/>, best first; none from an empty library.</summary>
    Task<IReadOnlyList<FootageItem>> FindAsync(IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken);
}
