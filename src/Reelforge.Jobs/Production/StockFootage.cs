using Reelforge.Core.Footage;
using Reelforge.Providers.Footage;

namespace Reelforge.Jobs.Production;

/// <summary>The stock sources of one generation and their downloader (its download slots are disposed with it).</summary>
internal sealed class StockFootage(IReadOnlyList<IFootageSource> sources, FootageDownloader? downloader) : IDisposable
{
    public IReadOnlyList<IFootageSource> Sources => sources;

    public IFootageDownloader? Downloader => downloader;

    public void Dispose() => downloader?.Dispose();
}
