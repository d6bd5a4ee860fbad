using System.Text.Json.Serialization;

namespace Reelforge.Core.Requests;

/// <summary>One scene as the user gave it: narration text, optional search terms and media files.</summary>
public sealed record SceneSpec(string Text, IReadOnlyList<string>? SearchTerms = null, IReadOnlyList<string>? Media = null)
{
    // Views of the optional fields, not data of their own: left out of JSON (manifest, API) so nothing appears twice.
    [JsonIgnore]
    public IReadOnlyList<string> Terms => SearchTerms ?? [];

    [JsonIgnore]
    public IReadOnlyList<string> MediaPaths => Media ?? [];
}
