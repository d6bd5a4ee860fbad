using System.Collections.Concurrent;
using Reelforge.Server.Studio.Settings;

namespace Reelforge.Server.Studio;

/// <summary>
/// Hands a form from one page to the Create page ("make another like this"): kept in memory under a random id for a
/// few minutes, taken once.
/// </summary>
public sealed class StudioDrafts(TimeProvider? clock = null)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (VideoForm Form, DateTimeOffset At)> _drafts = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public string Put(VideoForm form)
    {
        var now = _clock.GetUtcNow();
        foreach (var old in _drafts.Where(d => now - d.Value.At > Lifetime).Select(d => d.Key).ToList())
        {
            _drafts.TryRemove(old, out _);
        }

        var id = Guid.NewGuid().ToString("N");
        _drafts[id] = (form, now);
        return id;
    }

    public VideoForm? Take(string id) => _drafts.TryRemove(id, out var draft) ? draft.Form : null;
}
