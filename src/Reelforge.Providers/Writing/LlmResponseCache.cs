using System.Text.Json;

namespace Reelforge.Providers.Writing;

/// <summary>LLM answers on disk, one JSON file per SHA-256 of (provider, model, prompt).</summary>
public sealed class LlmResponseCache(string directory)
{
    public string Directory { get; } = directory;

    public static string KeyFor(string provider, string model, string prompt)
    {
        var material = JsonSerializer.Serialize(new[] { provider, model, prompt });
        return Core.ContentHash.Of(material);
    }

    public string PathFor(string key) => Path.Combine(Directory, key + ".json");

    public async Task<CachedLlmResponse?> TryReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<CachedLlmResponse>(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null; // a torn or foreign file is a miss, and gets overwritten
        }
    }

    public async Task WriteAsync(string key, CachedLlmResponse response, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathFor(key);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(response), cancellationToken);
        File.Move(temp, path, overwrite: true);
    }
}
