using System.Text.Json;

namespace Reelforge.Pipeline.Gather;

/// <summary>
/// Which footage recent videos used (ids, newest last), kept in the cache directory so the next video prefers
/// footage the audience has not just seen. Procedural backgrounds are never recorded.
/// </summary>
public sealed class RecentFootageLog(string path, int capacity = 300)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The log kept in a cache directory.</summary>
    public static RecentFootageLog In(string cacheDirectory) => new(Path.Combine(cacheDirectory, "recent-footage.json"));

    public async Task<IReadOnlySet<string>> ReadAsync(CancellationToken cancellationToken)
    {
        var ids = await LoadAsync(cancellationToken);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Appends the ids a finished video used, keeping the newest <c>capacity</c>.</summary>
    public async Task RecordAsync(IEnumerable<string> usedIds, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            var ids = await LoadAsync(cancellationToken);
            foreach (var id in usedIds)
            {
                ids.Remove(id);
                ids.Add(id);
            }

            var kept = ids.Skip(Math.Max(0, ids.Count - capacity)).ToList();
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var partial = path + ".partial";
            await File.WriteAllTextAsync(partial, JsonSerializer.Serialize(kept), cancellationToken);
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<List<string>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<string>>(await File.ReadAllTextAsync(path, cancellationToken)) ?? [];
        }
        catch (JsonException)
        {
            // A damaged log only costs freshness; start a new one.
            return [];
        }
    }
}
