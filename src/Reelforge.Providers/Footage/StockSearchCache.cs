using System.Text.Json;

namespace Reelforge.Providers.Footage;

/// <summary>
/// Provider search results kept on disk (one JSON file per request, named by its hash) and reused while fresh,
/// so re-rendering a video does not spend API quota. The key must not contain the API key.
/// </summary>
public sealed class StockSearchCache
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _directory;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    public StockSearchCache(string directory, TimeSpan lifetime, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = directory;
        _lifetime = lifetime;
        _time = timeProvider ?? TimeProvider.System;
    }

    public static StockSearchCache FromOptions(StockOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new StockSearchCache(Path.Combine(options.CacheDirectory, "search"), options.SearchCacheLifetime, timeProvider);
    }

    /// <summary>The cached page for a request, or null when there is none or it is older than the lifetime.</summary>
    public async Task<StockSearchPage?> GetAsync(string requestKey, CancellationToken cancellationToken)
    {
        var path = PathFor(requestKey);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var cached = await JsonSerializer.DeserializeAsync<CachedSearchPage>(stream, Json, cancellationToken);
            return cached is not null && _time.GetUtcNow() - cached.SavedAt < _lifetime ? cached.Page : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            // a torn or foreign file is just a miss; the next save replaces it
            return null;
        }
    }

    public async Task SetAsync(string requestKey, StockSearchPage page, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_directory);
        var path = PathFor(requestKey);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await using (var stream = File.Create(temp))
        {
            await JsonSerializer.SerializeAsync(stream, new CachedSearchPage(_time.GetUtcNow(), page), Json, cancellationToken);
        }

        File.Move(temp, path, overwrite: true);
    }

    private string PathFor(string requestKey) =>
        Path.Combine(_directory, Core.ContentHash.Of(requestKey) + ".json");
}
