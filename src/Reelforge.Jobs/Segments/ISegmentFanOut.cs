using Reelforge.Data.Segments;

namespace Reelforge.Jobs.Segments;

/// <summary>Asks other workers to help with a batch: each request is a job that claims and renders parts until none is left.</summary>
public interface ISegmentFanOut
{
    Task RequestAsync(SegmentBatchKey key, int helpers, CancellationToken cancellationToken);
}
