using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Media;
using Reelforge.Media.Loudness;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Captions;
using Reelforge.Pipeline.Gather;
using Reelforge.Pipeline.Generation;

namespace Reelforge.Pipeline.Compose;

/// <summary>
/// The Compose stage: the audio levels are measured (once per file, cached), then the timeline is composed
/// (<see cref="TimelineComposer"/>) with its clips starting at keyframes. Captions are burnt in from the Caption
/// stage's ASS file unless they are off.
/// </summary>
internal sealed class ComposeStage(FfmpegRunner runner) : IVideoStage<GatheredScript, VideoTimeline>
{
    public StageName Name => StageName.Compose;

    public async Task<VideoTimeline> RunAsync(GatheredScript input, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var request = input.Request;
        var audio = await new AudioPlanner(new LoudnessMeter(runner), context.CacheDirectory)
            .PlanAsync(request, input.Narration.AudioPath, cancellationToken);
        var captions = request.Captions.Mode == CaptionMode.Off ? null : CaptionFiles.In(context.WorkDirectory).Ass;
        var composition = new CompositionInput(request, input.Narration, input.Footage, audio, captions);
        var composed = TimelineComposer.Compose(composition);

        // In-points at keyframes (seeking elsewhere decodes frames only to drop them). Keyframes are read for the
        // footage on screen only; composing again with them keeps every pick and moves only the in-points.
        var keyframes = await new FootageGatherer(new FfprobeClient(runner)).KeyframesAsync(composed.Clips.Select(c => c.Footage), cancellationToken);
        if (keyframes.Count == 0)
        {
            return composed;
        }

        var withKeyframes = input.Footage.Select(f => f with
        {
            Candidates = f.Candidates.Select(c => keyframes.TryGetValue(c.Id, out var k) ? c with { KeyframeTimes = k } : c).ToList(),
        }).ToList();
        return TimelineComposer.Compose(composition with { Footage = withKeyframes });
    }
}
