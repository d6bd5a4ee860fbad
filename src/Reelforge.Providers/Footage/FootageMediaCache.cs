
namespace Reelforge.Providers.Footage;

/// <summary>
/// Downloaded footage on disk, named by the SHA-256 of its URL. Reading a file marks it used (its last-access
/// time, from the injected clock); when the cache outgrows its limit the least recently used files go first.
/// </summary>
public sealed class FootageMediaCache
{
    private const string TempPrefix = "tmp-";

    private readonly string _directory;
    private readonly long _maxBytes;
    private readonly TimeProvider _time;
    private readonly Lock _evictionLock = new();

    public FootageMediaCache(string directory, long maxBytes, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = directory;
        _maxBytes = maxBytes;
        _time = timeProvider ?? TimeProvider.System;
    }

    public static FootageMediaCache FromOptions(StockOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new FootageMediaCache(Path.Combine(options.CacheDirectory, "media"), options.CacheMaxBytes, timeProvider);
    }

    public string Directory => _directory;

    public static string KeyFor(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Core.ContentHash.Of(url.AbsoluteUri);
    }

    /// <summary>The cached file for a URL (marked as just used), or null.</summary>
    public string? TryGet(Uri url)
    {
        if (!System.IO.Directory.Exists(_directory))
        {
            return null;
        }

        var path = System.IO.Directory.EnumerateFiles(_directory, KeyFor(url) + ".*").FirstOrDefault();
        if (path is null)
        {
            return null;
        }

        try
        {
            File.SetLastAccessTimeUtc(path, _time.GetUtcNow().UtcDateTime);
            return path;
        }
        catch (FileNotFoundException)
        {
            // evicted between listing and touching
            return null;
        }
    }

    /// <summary>A fresh temporary file in the cache directory to download into.</summary>
    public string NewTempPath(Uri url)
    {
        System.IO.Directory.CreateDirectory(_directory);
        return Path.Combine(_directory, $"{TempPrefix}{Guid.NewGuid():N}-{KeyFor(url)}");
    }

    /// <summary>Moves a finished download into place under the URL's key and evicts older files if needed.</summary>
    public string Commit(Uri url, string tempPath, string extension)
    {
        var path = Path.Combine(_directory, KeyFor(url) + extension);
        File.Move(tempPath, path, overwrite: true);
        File.SetLastAccessTimeUtc(path, _time.GetUtcNow().UtcDateTime);
        Evict(keep: path);
        return path;
    }

    /// <summary>Deletes least recently used files until the cache fits its limit; never <paramref name="keep"/>.</summary>
    public void Evict(string? keep = null)
    {
        lock (_evictionLock)
        {
            var files = new DirectoryInfo(_directory).EnumerateFiles()
                .Where(f => !f.Name.StartsWith(TempPrefix, StringComparison.Ordinal))
                .ToList();
            var total = files.Sum(f => f.Length);
            foreach (var file in files.OrderBy(f => f.LastAccessTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal))
            {
                if (total <= _maxBytes)
                {
                    break;
                }

                if (string.Equals(file.FullName, keep is null ? null : Path.GetFullPath(keep), StringComparison.Ordinal))
                {
                    continue;
                }

                var length = file.Length; // read before Delete, which drops the cached size
                try
                {
                    file.Delete();
                    total -= length;
                }
                catch (IOException)
                {
                    // in use by a render; try the next one
                }
            }
        }
    }
}
