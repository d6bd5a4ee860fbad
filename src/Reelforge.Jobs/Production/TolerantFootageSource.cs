using Microsoft.Extensions.Logging;
using Reelforge.Core.Footage;

namespace Reelforge.Jobs.Production;

/// <summary>
/// A footage source the request did not name (it came with "every configured source"): when it fails, the scene
/// gets the other sources' footage and the failure is logged, rather than failing the video.
/// </summary>
public sealed partial class TolerantFootageSource(IFootageSource inner, ILogger logger) : IFootageSource
{
    public string Name => inner.Name;

    public async Task<IReadOnlyList<FootageItem>> FindAsync(FootageQuery query, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.FindAsync(query, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSkipped(logger, inner.Name, e.Message);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Footage source {Source} failed and is skipped for this scene: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string source, string reason);
}
