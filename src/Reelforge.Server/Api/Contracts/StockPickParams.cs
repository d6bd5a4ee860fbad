using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// One stock item picked for a scene, as a footage search (<c>search_footage</c>, the studio) reported it. The render
/// downloads <see cref="DownloadUrl"/> only from the provider's own hosts, as it does for its own searches.
/// </summary>
public sealed record StockPickParams
{
    /// <summary>pexels or pixabay.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    /// <summary>The id the search reported (e.g. pexels:1001).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>video (default) or image.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    [JsonPropertyName("download_url")]
    public string? DownloadUrl { get; init; }

    [JsonPropertyName("title"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    [JsonPropertyName("page_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PageUrl { get; init; }

    [JsonPropertyName("author"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Author { get; init; }

    [JsonPropertyName("license"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? License { get; init; }
}
