using System.Text.Json.Serialization;

namespace Reelforge.Jobs.Production;

/// <summary>One piece of footage a search found: where it comes from, what it is, and how to credit it.</summary>
public sealed record FootageHit
{
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>video or image.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("title"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    [JsonPropertyName("width")]
    public int Width { get; init; }

    [JsonPropertyName("height")]
    public int Height { get; init; }

    [JsonPropertyName("duration_seconds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DurationSeconds { get; init; }

    /// <summary>Tags or terms the item carries.</summary>
    [JsonPropertyName("tags"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The file a render fetches (stock footage): pass it back in a scene's <c>stock</c> to use this item.</summary>
    [JsonPropertyName("download_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Uri? DownloadUrl { get; init; }

    /// <summary>The provider's page (stock footage).</summary>
    [JsonPropertyName("page_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Uri? PageUrl { get; init; }

    [JsonPropertyName("author"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Author { get; init; }

    [JsonPropertyName("license"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? License { get; init; }
}
