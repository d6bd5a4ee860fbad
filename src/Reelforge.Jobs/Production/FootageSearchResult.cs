using System.Text.Json.Serialization;

namespace Reelforge.Jobs.Production;

/// <summary>What a footage search found, and the sources that could not answer (with why, in one sentence each).</summary>
public sealed record FootageSearchResult(
    [property: JsonPropertyName("items")] IReadOnlyList<FootageHit> Items,
    [property: JsonPropertyName("searched")] IReadOnlyList<string> Searched,
    [property: JsonPropertyName("problems")] IReadOnlyList<string> Problems);
