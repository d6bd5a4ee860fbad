using Reelforge.Core.Narration;
using Reelforge.Core.Text;

namespace Reelforge.Pipeline.Narration;

/// <summary>
/// Splits an exact sentence span across its words in proportion to their syllables, with a little extra
/// for trailing punctuation (a comma is a small pause). Words are contiguous: each ends where the next starts.
/// </summary>
public static class SyllableWeightedTimer
{
    public static IReadOnlyList<WordTiming> Split(IReadOnlyList<string> words, double start, double end, string language)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return [];
        }

        end = Math.Max(start, end);
        var weights = words.Select(w => Weight(w, language)).ToArray();
        var total = weights.Sum();
        var timings = new List<WordTiming>(words.Count);
        var cursor = start;
        double accumulated = 0;
        for (var i = 0; i < words.Count; i++)
        {
            accumulated += weights[i];
            var wordEnd = i == words.Count - 1 ? end : start + ((end - start) * accumulated / total);
            timings.Add(new WordTiming(words[i], cursor, wordEnd));
            cursor = wordEnd;
        }

        return timings;
    }

    /// <summary>Syllables, at least a little for a word of punctuation, plus a pause for trailing punctuation.</summary>
    public static double Weight(string word, string language)
    {
        ArgumentNullException.ThrowIfNull(word);
        var weight = Math.Max(0.3, SyllableCounter.Count(word, language));
        var trimmed = word.TrimEnd('"', '\'', '”', '’', '»', ')', '」', '』', '）');
        if (trimmed.Length > 0)
        {
            weight += trimmed[^1] switch
            {
                ',' or ';' or ':' or '，' or '、' or '；' or '：' or '—' => 0.5,
                '.' or '!' or '?' or '…' or '。' or '！' or '？' => 0.3,
                _ => 0,
            };
        }

        return weight;
    }
}
