using Reelforge.Core.Narration;
using Reelforge.Core.Speech;
using Reelforge.Core.Text;

namespace Reelforge.Pipeline.Narration;

/// <summary>
/// Turns an engine's word events into timings for the script's own words. A word starts at the first event
/// inside it (an engine may say "2.5" as three events); words without an event share the time between
/// their neighbours by syllables; the first word starts at the sentence start, the last ends at its end.
/// </summary>
public static class EngineWordTimer
{
    /// <summary>
    /// Word timings on the track, or null when the events do not cover at least half of the words.
    /// </summary>
    /// <param name="boundaries">Engine events, with times relative to the trimmed clip start.</param>
    /// <param name="start">Where the trimmed clip starts on the track.</param>
    /// <param name="end">Where it ends.</param>
    public static IReadOnlyList<WordTiming>? Map(
        IReadOnlyList<WordToken> words, IReadOnlyList<WordBoundary> boundaries, double start, double end, string language)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(boundaries);
        if (words.Count == 0 || boundaries.Count == 0)
        {
            return null;
        }

        // word index -> its start on the track, for words with an event, in increasing time order
        var anchors = new SortedDictionary<int, double> { [0] = start };
        var previous = start;
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            var times = boundaries
                .Where(b => b.TextOffset < word.End && b.TextOffset + Math.Max(1, b.TextLength) > word.Offset)
                .Select(b => start + b.AudioOffsetSeconds)
                .ToList();
            if (times.Count == 0)
            {
                continue;
            }

            var time = Math.Clamp(times.Min(), start, end);
            if (time > previous)
            {
                anchors[i] = time;
                previous = time;
            }
        }

        var firstWordHasEvent = boundaries.Any(b => b.TextOffset < words[0].End && b.TextOffset + Math.Max(1, b.TextLength) > words[0].Offset);
        if ((anchors.Count - 1 + (firstWordHasEvent ? 1 : 0)) * 2 < words.Count)
        {
            return null;
        }

        anchors[words.Count] = end;
        var indices = anchors.Keys.ToList();
        var timings = new List<WordTiming>(words.Count);
        for (var a = 0; a < indices.Count - 1; a++)
        {
            var from = indices[a];
            var to = indices[a + 1];
            var run = words.Skip(from).Take(to - from).Select(w => w.Text).ToList();
            timings.AddRange(SyllableWeightedTimer.Split(run, anchors[from], anchors[to], language));
        }

        return timings;
    }
}
