namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// <see cref="IServerMedia"/> over two directories of the data directory. A name resolves only to a regular file
/// directly inside its directory (after following the path), so "../x", absolute paths and links out are refused.
/// </summary>
public sealed class DataDirectoryMedia : IServerMedia
{
    private static readonly HashSet<string> MusicExtensions = new(StringComparer.OrdinalIgnoreCase) { ".mp3", ".m4a", ".aac", ".wav", ".ogg", ".opus", ".flac" };

    private readonly string _musicDirectory;

    public DataDirectoryMedia(string materialsDirectory, string musicDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(materialsDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(musicDirectory);
        MaterialsDirectory = Path.GetFullPath(materialsDirectory);
        _musicDirectory = Path.GetFullPath(musicDirectory);
    }

    public string MaterialsDirectory { get; }

    public string? ResolveMaterial(string name) => Resolve(MaterialsDirectory, name);

    public string? ResolveMusic(string name) => Resolve(_musicDirectory, name);

    public string? PickMusic(int seed)
    {
        if (!Directory.Exists(_musicDirectory))
        {
            return null;
        }

        var files = Directory.EnumerateFiles(_musicDirectory)
            .Where(f => MusicExtensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count == 0 ? null : files[(int)((uint)seed % (uint)files.Count)];
    }

    private static string? Resolve(string directory, string name)
    {
        if (!MediaName.IsPlainFileName(name))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(directory, name));
        if (!string.Equals(Path.GetDirectoryName(full), directory, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        // A symbolic link inside the directory must not lead out of it.
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists || !string.Equals(Path.GetDirectoryName(target.FullName), directory, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return full;
    }
}
