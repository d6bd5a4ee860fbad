using Reelforge.Core.Requests;
using Reelforge.Core.Text;
using Reelforge.Core.Writing;
using Reelforge.Pipeline.Generation;

namespace Reelforge.Pipeline.Planning;

/// <summary>
/// The Plan stage: a script from the topic when there is none, search terms for scenes that have none, and
/// social metadata. Without a writer the user's scenes go through as they are.
/// </summary>
internal sealed class PlanStage(IScriptWriter? writer) : IVideoStage<VideoRequest, PlanResult>
{
    public StageName Name => StageName.Plan;

    public async Task<PlanResult> RunAsync(VideoRequest input, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (writer is null)
        {
            return new PlanResult(input, [], []);
        }

        var usage = new List<LlmUsage>();
        var scenes = input.Scenes;
        var language = input.Voice.Language;
        ScriptDraft? written = null;
        if (scenes.Count == 0)
        {
            var writing = input.Writing;
            var draft = await writer.WriteScriptAsync(
                new ScriptBrief(input.Topic!, language, writing.TargetSeconds, writing.Paragraphs, writing.Tone, writing.Audience, writing.Hook, writing.Instructions),
                cancellationToken);
            scenes = draft.Scenes;
            language ??= draft.Language;
            usage.AddRange(draft.Usage);
            written = draft;
        }

        var planned = input with { Scenes = scenes };
        language ??= LanguageDetector.Detect(planned.ScriptText);
        if (scenes.Any(s => s.Terms.Count == 0))
        {
            var suggested = await writer.SuggestTermsAsync(scenes, language, cancellationToken);
            planned = planned with
            {
                Scenes = scenes.Select((s, i) => s.Terms.Count > 0 || i >= suggested.Count ? s : s with { SearchTerms = suggested[i].Terms }).ToList(),
            };
        }

        var metadata = await writer.WriteMetadataAsync(planned.ScriptText, language, cancellationToken);
        return new PlanResult(planned, metadata, usage, written is null ? null : written with { Scenes = planned.Scenes });
    }
}
