using System.Text.Json.Serialization;

namespace Reelforge.Core.Requests;

/// <summary>One scene as the user gave it: narration text, optional search terms and media files.</summary>
public sealed record SceneSpec(string Text, IReadOnlyList<string>? SearchTerms = null, IReadOnlyList<string>? Media = null)
{
    /// <summary>
    /// Stock footage the user picked for this scene from a search (with its download URL and credits): fetched by
    /// the Gather stage and shown first, like <see cref="Media"/>.
    /// </summary>
    public IReadOnlyList<Footage.FootageItem>? Stock { get; init; }

    // Views of the optional fields, not data of their own: left out of JSON (manifest, API) so nothing appears twice.
    [JsonIgnore]
    public IReadOnlyList<string> Terms => SearchTerms ?? [];

    [JsonIgnore]
    public IReadOnlyList<string> MediaPaths => Media ?? [];

    [JsonIgnore]
    public IReadOnlyList<Footage.FootageItem> StockPicks => Stock ?? [];
}
