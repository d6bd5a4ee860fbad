namespace Reelforge.Core.Footage;

/// <summary>A candidate piece of footage.</summary>
/// <param name="Id">Stable id within its source (a path for local files).</param>
/// <param name="Source">The source's name ("local", "procedural", …).</param>
/// <param name="Path">A local file, or null for procedural footage.</param>
/// <param name="DurationSeconds">Video length; null for images and procedural footage (any length).</param>
public sealed record FootageItem(
    string Id,
    string Source,
    FootageKind Kind,
    string? Path,
    double? DurationSeconds,
    int Width,
    int Height,
    ProceduralBackground? Procedural = null,
    IReadOnlyList<string>? Tags = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> TagList => Tags ?? [];

    /// <summary>For stock footage: the file to download (the chosen rendition); <see cref="Path"/> is set once it is local.</summary>
    public Uri? DownloadUrl { get; init; }

    /// <summary>Credits: the provider's page for the item, its author and licence.</summary>
    public Uri? PageUrl { get; init; }

    public string? Author { get; init; }

    public string? License { get; init; }

    /// <summary>Keyframe times of a local video, when known: in-points there decode nothing that is thrown away.</summary>
    public IReadOnlyList<double>? KeyframeTimes { get; init; }

    /// <summary>Title or slug words used for ranking.</summary>
    public string? Title { get; init; }
}
