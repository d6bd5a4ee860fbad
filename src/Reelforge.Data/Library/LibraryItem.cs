namespace Reelforge.Data.Library;

/// <summary>One video or image in the local media library, as <c>reelforge library import</c> recorded it.</summary>
public sealed class LibraryItem
{
    public long Id { get; set; }

    /// <summary>The file's absolute path; unique, and what a re-import recognises the file by.</summary>
    public required string Path { get; set; }

    public LibraryItemKind Kind { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>Seconds; null for images.</summary>
    public double? DurationSeconds { get; set; }

    /// <summary>ffprobe's codec name of the video stream ("h264", "png", …).</summary>
    public string? Codec { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>The file's last write time (UTC) when imported; with the size, how a re-import sees it unchanged.</summary>
    public DateTime ModifiedAt { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file (Core's ContentHash): exact copies share it.</summary>
    public required string ContentHash { get; set; }

    /// <summary>64-bit difference hash of the picture (a keyframe for videos): near-duplicates differ in few bits.</summary>
    public long PerceptualHash { get; set; }

    /// <summary>The earlier item this one nearly duplicates, or null; duplicates are left out of searches.</summary>
    public long? DuplicateOfId { get; set; }

    public string? Title { get; set; }

    public DateTime ImportedAt { get; set; }

    public List<LibraryTerm> Terms { get; set; } = [];
}
