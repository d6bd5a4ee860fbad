using Reelforge.Core.Requests;

namespace Reelforge.Core.Writing;

/// <summary>Writes scripts, scene search terms and social metadata (an LLM, or keyword extraction offline).</summary>
public interface IScriptWriter
{
    /// <summary>A script from a topic, split into scenes with search terms.</summary>
    Task<ScriptDraft> WriteScriptAsync(ScriptBrief brief, CancellationToken cancellationToken);

    /// <summary>Search terms (2–4 English stock-footage terms) for each of the user's own scenes.</summary>
    Task<IReadOnlyList<SceneSpec>> SuggestTermsAsync(IReadOnlyList<SceneSpec> scenes, string language, CancellationToken cancellationToken);

    /// <summary>Title, description and hashtags per platform.</summary>
    Task<IReadOnlyList<SocialMetadata>> WriteMetadataAsync(string script, string language, CancellationToken cancellationToken);
}
