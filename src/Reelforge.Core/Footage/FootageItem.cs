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
    public IReadOnlyList<string> TagList => Tags ?? [];
}
