namespace Reelforge.Pipeline.Render.Segments;

/// <summary>
/// Renders every part of a batch, each exactly once, skipping parts already done. The CLI runs them locally with a bound
/// on how many are in flight; a server spreads them over its workers. Cancelling stops every part.
/// </summary>
public interface ISegmentRunner
{
    Task<IReadOnlyList<SegmentOutcome>> RunAsync(SegmentBatch batch, IProgress<SegmentProgress>? progress, CancellationToken cancellationToken);
}
