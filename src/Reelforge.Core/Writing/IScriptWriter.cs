using Reelforge.Core.Requests;

namespace Reelforge.Core.Writing;

/// <summary>Writes scripts, scene search terms and social metadata (an LLM, or keyword extraction offline).</summary>
public interface IScriptWriter
{
    /// <summary>A script from a topic, split into scenes with search terms.</summary>
    Task<ScriptDraft> WriteScriptAsync(ScriptBrief brief, CancellationToken cancellationToken);

    /// <summary>Search terms (2–4 English stock-footage terms) for each of the user's own scenes.</summary>
    Task<IReadOnlyList<SceneSpec>> SuggestTermsAsync(IReadOnlyList<SceneSpec> scenes, string language, CancellationToken cancellationToken);

    /// <summary>
    /// A shorter version of a written script, once its narration turned out longer than the target; the same
    /// scenes count and language. Writers that cannot rewrite return the draft unchanged.
    /// </summary>
    Task<ScriptDraft> ShortenAsync(ScriptDraft draft, double targetSeconds, double narratedSeconds, CancellationToken cancellationToken);

    /// <summary>Title, description and hashtags per platform.</summary>
    Task<IReadOnlyList<SocialMetadata>> WriteMetadataAsync(string script, string language, CancellationToken cancellationToken);
}
