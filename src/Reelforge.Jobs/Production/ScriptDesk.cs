using Reelforge.Core.Requests;
using Reelforge.Core.Text;
using Reelforge.Core.Writing;
using Reelforge.Data.Storage;
using Reelforge.Pipeline.Generation;

namespace Reelforge.Jobs.Production;

/// <summary>
/// Writing without rendering, for the REST API, the MCP tools and the studio alike: a script about a subject (the configured LLM)
/// and footage search terms for a text (the LLM, or offline keywords).
/// </summary>
public sealed class ScriptDesk(VideoProducer producer, DataLayout layout)
{
    public bool LlmConfigured => producer.Llm().IsConfigured;

    /// <summary>The scenes' narration, blank lines between scenes.</summary>
    /// <exception cref="InvalidRequestException">No LLM is configured, or its settings are wrong.</exception>
    public async Task<string> WriteScriptAsync(string subject, string? language, int? paragraphs, CancellationToken cancellationToken)
    {
        var llm = producer.Llm();
        if (!llm.IsConfigured)
        {
            throw new InvalidRequestException("No LLM is configured on this server: set Llm:Provider (and its key) to write scripts, or write the script yourself.");
        }

        var writer = producer.CreateScriptWriter(llm, layout.Cache, bypassCache: false);
        var draft = await writer.WriteScriptAsync(new ScriptBrief(subject, language, null, paragraphs, null, null, null, null), cancellationToken);
        return string.Join("\n\n", draft.Scenes.Select(s => s.Text));
    }

    /// <summary>Up to <paramref name="amount"/> distinct search terms for <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<string>> SuggestTermsAsync(string text, int amount, CancellationToken cancellationToken)
    {
        var suggested = await SuggestTermsAsync([text], cancellationToken);
        return suggested.SelectMany(s => s).Distinct(StringComparer.OrdinalIgnoreCase).Take(amount).ToList();
    }

    /// <summary>Search terms for each text (a scene each), in order.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> SuggestTermsAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var writer = producer.CreateScriptWriter(producer.Llm(), layout.Cache, bypassCache: false);
        var language = LanguageDetector.Detect(string.Join("\n", texts));
        var suggested = await writer.SuggestTermsAsync([.. texts.Select(t => new SceneSpec(t))], language, cancellationToken);
        return [.. suggested.Select(s => (IReadOnlyList<string>)[.. s.Terms])];
    }
}
