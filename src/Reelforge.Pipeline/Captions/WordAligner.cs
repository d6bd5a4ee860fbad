using Reelforge.Core.Narration;

namespace Reelforge.Pipeline.Captions;

/// <summary>Finds where each timed word sits in its sentence's text.</summary>
internal static class WordAligner
{
    /// <summary>
    /// The offset in <paramref name="text"/> of each word, searched in order (case-insensitive). A word the text does not
    /// contain as written (an engine may say "one thousand" for "1,000") takes the offset where the previous word ended.
    /// </summary>
    public static int[] Offsets(string text, IReadOnlyList<WordTiming> words)
    {
        var offsets = new int[words.Count];
        var cursor = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Text.Trim();
            var at = WordSearch.Find(text, word, cursor);
            if (at < 0)
            {
                offsets[i] = cursor;
                continue;
            }

            offsets[i] = at;
            cursor = at + word.Length;
        }

        return offsets;
    }
}
