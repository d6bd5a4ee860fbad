using Reelforge.Core.Requests;
using Reelforge.Core.Text;
using Reelforge.Core.Writing;
using Reelforge.Data.Storage;
using Reelforge.Jobs.Production;

namespace Reelforge.Server.Api;

/// <summary>
/// Writing help shared by the REST API and the studio: a script from a subject (the configured LLM), and footage
/// search terms for a text (the LLM, or offline keywords without one).
/// </summary>
public sealed class ScriptAssistant(VideoProducer producer, DataLayout layout)
{
    public bool LlmConfigured => producer.Llm().IsConfigured;

    /// <summary>The script, scenes separated by blank lines; null when no LLM is configured.</summary>
    public async Task<string?> WriteScriptAsync(string subject, string? language, int? paragraphs, CancellationToken cancellationToken)
    {
        var llm = producer.Llm();
        if (!llm.IsConfigured)
        {
            return null;
        }

        var writer = producer.CreateScriptWriter(llm, layout.Cache, bypassCache: false);
        var draft = await writer.WriteScriptAsync(new ScriptBrief(subject, language, null, paragraphs, null, null, null, null), cancellationToken);
        return string.Join("\n\n", draft.Scenes.Select(s => s.Text));
    }

    /// <summary>Search terms for each text, in order.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> SuggestTermsAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var writer = producer.CreateScriptWriter(producer.Llm(), layout.Cache, bypassCache: false);
        var language = LanguageDetector.Detect(string.Join("\n", texts));
        var suggested = await writer.SuggestTermsAsync([.. texts.Select(t => new SceneSpec(t))], language, cancellationToken);
        return [.. suggested.Select(s => (IReadOnlyList<string>)[.. s.Terms])];
    }
}
