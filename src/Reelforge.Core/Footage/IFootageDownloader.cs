namespace Reelforge.Core.Footage;

/// <summary>Brings remote footage (an item with a DownloadUrl) to a local file.</summary>
public interface IFootageDownloader
{
    /// <summary>The item with <see cref="FootageItem.Path"/> set, or null when it could not be fetched (logged, skipped).</summary>
    Task<FootageItem?> TryDownloadAsync(FootageItem item, CancellationToken cancellationToken);
}
