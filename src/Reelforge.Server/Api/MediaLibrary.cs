using Reelforge.Data.Storage;
using Reelforge.Media.Probing;

namespace Reelforge.Server.Api;

/// <summary>
/// One of the upload libraries (background music, footage): where its files live, which extensions it takes, and what
/// ffprobe must find in a file for it to belong there.
/// </summary>
internal sealed class MediaLibrary
{
    private MediaLibrary(string kind, Func<DataLayout, string> directory, IEnumerable<string> extensions, Func<ProbeResult, bool> accepts, string requirement)
    {
        Kind = kind;
        Directory = directory;
        Extensions = new HashSet<string>(extensions, StringComparer.OrdinalIgnoreCase);
        Accepts = accepts;
        Requirement = requirement;
    }

    public static MediaLibrary Music { get; } = new(
        "music", l => l.Musics, [".mp3", ".m4a", ".aac", ".wav", ".ogg", ".flac"], p => p.Audio is not null, "an audio stream");

    public static MediaLibrary Materials { get; } = new(
        "video material", l => l.Materials, [".mp4", ".mov", ".webm", ".mkv", ".jpg", ".jpeg", ".png", ".webp"],
        p => p.Video is not null || p.IsImage, "a video stream or an image");

    public string Kind { get; }

    public Func<DataLayout, string> Directory { get; }

    public IReadOnlySet<string> Extensions { get; }

    /// <summary>Whether what ffprobe found makes the file usable here.</summary>
    public Func<ProbeResult, bool> Accepts { get; }

    /// <summary>What <see cref="Accepts"/> asks for, in words for the error message.</summary>
    public string Requirement { get; }

    /// <summary>The library's files (allowed extensions only), by name.</summary>
    public IReadOnlyList<FileInfo> List(DataLayout layout)
    {
        var directory = new DirectoryInfo(Directory(layout));
        return !directory.Exists
            ? []
            : directory.EnumerateFiles().Where(f => Extensions.Contains(f.Extension)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }
}
