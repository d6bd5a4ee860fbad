using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// One scene of our <c>scenes</c> field: narration text, optional search terms, optional uploaded materials by name.
/// MPT's multi-scene spelling (<c>script</c>, <c>keywords</c>) is read too, since some MPT versions send
/// <c>scenes</c> in that shape.
/// </summary>
public sealed record SceneParams
{
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("search_terms")]
    public IReadOnlyList<string>? SearchTerms { get; init; }

    /// <summary>Names of uploaded materials (never paths), shown in this scene first.</summary>
    [JsonPropertyName("media")]
    public IReadOnlyList<string>? Media { get; init; }

    /// <summary>Stock items picked from a footage search, shown in this scene first (after <see cref="Media"/>).</summary>
    [JsonPropertyName("stock"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<StockPickParams>? Stock { get; init; }

    /// <summary>MPT's spelling of <see cref="Text"/>.</summary>
    [JsonPropertyName("script")]
    public string? Script { get; init; }

    /// <summary>MPT's spelling of <see cref="SearchTerms"/>.</summary>
    [JsonPropertyName("keywords")]
    public IReadOnlyList<string>? Keywords { get; init; }
}
