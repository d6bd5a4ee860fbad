using Reelforge.Core.Requests;
using Reelforge.Core.Text;
using Reelforge.Core.Writing;

namespace Reelforge.Providers.Writing;

/// <summary>The offline writer: no scripts, but search terms and metadata from keywords.</summary>
public sealed class KeywordScriptWriter : IScriptWriter
{
    public const string NoLlmMessage =
        "Writing a script from a topic needs an LLM: configure one (Reelforge__Llm__Provider, e.g. openai, ollama, anthropic; " +
        "or --llm-provider) or pass your own script.";

    public Task<ScriptDraft> WriteScriptAsync(ScriptBrief brief, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(NoLlmMessage);

    public Task<IReadOnlyList<SceneSpec>> SuggestTermsAsync(IReadOnlyList<SceneSpec> scenes, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenes);
        IReadOnlyList<SceneSpec> result = [.. scenes.Select(s => s.Terms.Count > 0 ? s : s with { SearchTerms = TermsFor(s.Text, scenes, language) })];
        return Task.FromResult(result);
    }

    /// <summary>Without an LLM there is nothing to rewrite with: the user's own words stay as they are.</summary>
    public Task<ScriptDraft> ShortenAsync(ScriptDraft draft, double targetSeconds, double narratedSeconds, CancellationToken cancellationToken) =>
        Task.FromResult(draft);

    public Task<IReadOnlyList<SocialMetadata>> WriteMetadataAsync(string script, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        IReadOnlyList<SocialMetadata> result = [.. SocialPlatforms.All.Select(p => MetadataFor(p, script, language))];
        return Task.FromResult(result);
    }

    /// <summary>2–4 keywords of the scene, topped up from the whole script when the scene is short.</summary>
    public static IReadOnlyList<string> TermsFor(string sceneText, IReadOnlyList<SceneSpec> allScenes, string language)
    {
        ArgumentNullException.ThrowIfNull(allScenes);
        var terms = KeywordExtractor.Extract(sceneText, language, 3).ToList();
        if (terms.Count < 2)
        {
            var whole = string.Join("\n", allScenes.Select(s => s.Text));
            terms.AddRange(KeywordExtractor.Extract(whole, language, 4).Where(t => !terms.Contains(t, StringComparer.OrdinalIgnoreCase)));
        }

        return [.. terms.Take(Math.Max(2, Math.Min(4, terms.Count)))];
    }

    public static SocialMetadata MetadataFor(string platform, string script, string language)
    {
        ArgumentNullException.ThrowIfNull(script);
        var sentences = SentenceSplitter.Split(script.Trim());
        var first = sentences.Count > 0 ? sentences[0].Trim() : script.Trim();
        var limit = Math.Min(SocialPlatforms.TitleLimit(platform), 70);
        var title = first.Length <= limit ? first : first[..limit].TrimEnd() + "…";
        var description = string.Join(' ', sentences.Take(2).Select(s => s.Trim()));
        var hashtags = KeywordExtractor.Extract(script, language, 5)
            .Select(StructuredAnswerReader.Hashtag)
            .Where(h => h is not null)
            .Select(h => h!)
            .Append(SocialPlatforms.HouseHashtag(platform))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new SocialMetadata(platform, title, description, hashtags);
    }
}
