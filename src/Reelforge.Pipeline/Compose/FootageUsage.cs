using Reelforge.Core.Footage;
using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Compose;

/// <summary>Remembers which footage is on the timeline already so none repeats while unused candidates remain.</summary>
internal sealed class FootageUsage
{
    private readonly Dictionary<string, int> _lastUse = new(StringComparer.Ordinal);
    private int _clock;

    public FootageItem Pick(IReadOnlyList<FootageItem> candidates, double length, ClipOrder order, Random random)
    {
        if (candidates.Count == 0)
        {
            throw new InvalidOperationException("A scene has no footage candidates; the procedural source should always provide some.");
        }

        // Videos long enough for the clip are preferred; a short video is still better than a repeat.
        var unused = candidates.Where(c => !_lastUse.ContainsKey(c.Id)).ToList();
        var fitting = unused.Where(c => c.Kind != FootageKind.Video || c.DurationSeconds is null || c.DurationSeconds >= length).ToList();
        var pool = fitting.Count > 0 ? fitting : unused;
        FootageItem chosen;
        if (pool.Count > 0)
        {
            // Procedural footage is the fallback: any real footage left comes first.
            var real = pool.Where(c => c.Kind != FootageKind.Procedural).ToList();
            var choices = real.Count > 0 ? real : pool;
            chosen = order == ClipOrder.Random ? choices[random.Next(choices.Count)] : choices[0];
        }
        else
        {
            chosen = candidates.OrderBy(c => _lastUse[c.Id]).First();
        }

        _lastUse[chosen.Id] = _clock++;
        return chosen;
    }
}
