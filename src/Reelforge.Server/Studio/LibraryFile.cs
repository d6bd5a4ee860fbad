namespace Reelforge.Server.Studio;

/// <summary>A file of the footage or music library as the Library page shows it; <see cref="Tags"/> is editable.</summary>
public sealed class LibraryFile
{
    public required string Name { get; init; }

    /// <summary>The name it was uploaded under, else the stored name.</summary>
    public required string Title { get; init; }

    public long Bytes { get; init; }

    public required string Url { get; init; }

    public bool IsImage { get; init; }

    /// <summary>Comma-separated.</summary>
    public string Tags { get; set; } = "";
}
