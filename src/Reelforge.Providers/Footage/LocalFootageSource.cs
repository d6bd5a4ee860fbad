using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>
/// Videos and images from local directories. Files are ranked by how many of the scene's search terms appear
/// in their file and folder names; sizes and durations are filled in later by probing.
/// </summary>
public sealed class LocalFootageSource : IFootageSource
{
    public const string SourceName = "local";

    private static readonly HashSet<string> VideoExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mp4", ".mov", ".m4v", ".mkv", ".webm", ".avi",
    };

    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".webp", ".bmp",
    };

    private readonly IReadOnlyList<string> _directories;
    private List<FootageItem>? _items;

    public LocalFootageSource(IReadOnlyList<string> directories) => _directories = directories;

    public string Name => SourceName;

    /// <summary>Whether a path is footage this source can use.</summary>
    public static FootageKind? KindOf(string path)
    {
        var extension = Path.GetExtension(path);
        return VideoExtensions.Contains(extension) ? FootageKind.Video
            : ImageExtensions.Contains(extension) ? FootageKind.Image
            : null;
    }

    public Task<IReadOnlyList<FootageItem>> FindAsync(FootageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        _items ??= Scan();
        var terms = query.Terms
            .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(t => t.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

        // Stable order: best term match first, then the library's own (sorted) order.
        IReadOnlyList<FootageItem> ranked = _items
            .Select((item, index) => (item, index, score: item.TagList.Count(terms.Contains)))
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .Select(x => x.item)
            .ToList();
        return Task.FromResult(ranked);
    }

    private List<FootageItem> Scan()
    {
        var items = new List<FootageItem>();
        foreach (var directory in _directories)
        {
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException($"Footage directory '{directory}' does not exist.");
            }

            foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (KindOf(file) is not { } kind)
                {
                    continue;
                }

                var relative = Path.GetRelativePath(directory, file);
                var tags = Path.ChangeExtension(relative, null)
                    .Split(['/', '\\', '-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(t => t.ToLowerInvariant())
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                items.Add(new FootageItem(Path.GetFullPath(file), SourceName, kind, Path.GetFullPath(file), null, 0, 0, Tags: tags));
            }
        }

        return items;
    }
}
