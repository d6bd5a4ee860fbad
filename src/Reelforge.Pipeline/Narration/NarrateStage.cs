using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Core.Text;
using Reelforge.Core.Writing;
using Reelforge.Pipeline.Generation;

namespace Reelforge.Pipeline.Narration;

/// <summary>
/// The Narrate stage: the planned scenes spoken by the chosen voice (or timed silently without one). A script the
/// writer wrote is checked against its target once: too long, and it is shortened and spoken again.
/// </summary>
internal sealed class NarrateStage(Narrator? narrator, IScriptWriter? writer) : IVideoStage<PlanResult, NarrateOutcome>
{
    /// <summary>How far past its target a written script's narration may run before it is shortened.</summary>
    private const double ScriptLengthTolerance = 1.15;

    public StageName Name => StageName.Narrate;

    /// <summary>The language the request is spoken in: the one asked for, else the one its script is written in.</summary>
    public static string LanguageOf(VideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Voice.Language ?? LanguageDetector.Detect(request.ScriptText);
    }

    public async Task<NarrateOutcome> RunAsync(PlanResult input, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var plan = input;
        var voice = plan.Request.Voice with { Language = LanguageOf(plan.Request) };
        var track = await SpeakAsync(plan.Request, voice, context, cancellationToken);
        if (plan.Draft is { } draft && writer is not null && plan.Request.Writing.TargetSeconds is { } target
            && track.Duration > target * ScriptLengthTolerance)
        {
            var shorter = await writer.ShortenAsync(draft, target, track.Duration, cancellationToken);
            if (!ReferenceEquals(shorter, draft))
            {
                var shortened = plan.Request with { Scenes = shorter.Scenes };
                plan = plan with { Request = shortened, Draft = shorter, Usage = [.. plan.Usage, .. shorter.Usage.Skip(draft.Usage.Count)] };
                track = await SpeakAsync(shortened, voice, context, cancellationToken);
            }
        }

        return new NarrateOutcome(track, plan);
    }

    private async Task<NarrationTrack> SpeakAsync(VideoRequest request, VoiceOptions voice, StageContext context, CancellationToken cancellationToken)
    {
        var result = await new NarrationBuilder(Path.Combine(context.CacheDirectory, "speech")).BuildAsync(
            new NarrationRequest(request.Scenes, voice, context.WorkDirectory)
            {
                Engine = request.Voice.NoVoice ? null : narrator!.Engine,
                VoiceId = request.Voice.NoVoice ? null : narrator!.Voice.Id,
            },
            context.FractionOf(Name),
            cancellationToken);
        return result.Track;
    }
}
