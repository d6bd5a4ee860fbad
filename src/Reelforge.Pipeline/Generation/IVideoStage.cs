using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Generation;

/// <summary>
/// One stage of a generation: from what the stages before it settled to what it settles. Its result is
/// checkpointed as JSON, so a resumed run hands it to the next stage without running this one again.
/// </summary>
internal interface IVideoStage<in TIn, TOut>
{
    StageName Name { get; }

    Task<TOut> RunAsync(TIn input, StageContext context, CancellationToken cancellationToken);
}
