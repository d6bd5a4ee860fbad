using System.Text.Json;
using Reelforge.Data.Storage;
using Reelforge.Server.Studio.Settings;

namespace Reelforge.Server.Studio;

/// <summary>
/// Hands a form from one page to the Create page ("make another like this"): a JSON file under a random id in the
/// data directory (<c>studio/drafts</c>), so the link still opens the same settings after a server restart or a
/// reload. Drafts older than a week are removed when a new one is written.
/// </summary>
public sealed class StudioDrafts(DataLayout layout, TimeProvider? clock = null)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public string Directory => Path.Combine(layout.Root, "studio", "drafts");

    public async Task<string> PutAsync(VideoForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var drafts = System.IO.Directory.CreateDirectory(Directory);
        var now = _clock.GetUtcNow();
        foreach (var old in drafts.EnumerateFiles("*.json").Where(f => now - f.LastWriteTimeUtc > Lifetime))
        {
            old.Delete();
        }

        var id = Guid.NewGuid().ToString("N");
        var temporary = PathOf(id) + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(form), cancellationToken);
        File.Move(temporary, PathOf(id));
        return id;
    }

    /// <summary>The draft, or null when the id is unknown, expired or not an id at all.</summary>
    public async Task<VideoForm?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "N", out _) || !File.Exists(PathOf(id)))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<VideoForm>(await File.ReadAllTextAsync(PathOf(id), cancellationToken));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string PathOf(string id) => Path.Combine(Directory, id + ".json");
}
