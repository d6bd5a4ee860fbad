using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Compose;
using Reelforge.Pipeline.Generation;
using Reelforge.Pipeline.Narration;

namespace Reelforge.Pipeline.Gather;

/// <summary>
/// The Gather stage: footage per scene from the sources (see <see cref="FootageGatherer"/>), preferring footage that
/// recent videos did not use.
/// </summary>
internal sealed class GatherStage(FfprobeClient probe, IReadOnlyList<IFootageSource> sources, IFootageDownloader? downloader)
    : IVideoStage<NarratedScript, IReadOnlyList<SceneFootage>>
{
    public StageName Name => StageName.Gather;

    public async Task<IReadOnlyList<SceneFootage>> RunAsync(NarratedScript input, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var recent = await RecentFootageLog.In(context.CacheDirectory).ReadAsync(cancellationToken);
        return await new FootageGatherer(probe, downloader, recent)
            .GatherAsync(input.Request, sources, input.Narration, context.FractionOf(Name), cancellationToken);
    }
}
