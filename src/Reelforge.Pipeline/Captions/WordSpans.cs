using System.Text;
using Reelforge.Core.Captions;

namespace Reelforge.Pipeline.Captions;

/// <summary>Where each of a cue's words is in its displayed text (lines joined by "\n"), for highlighting.</summary>
internal static class WordSpans
{
    /// <summary>
    /// The start and length in <see cref="CaptionCue.Text"/> of each word, or (-1, 0) when the text does not contain it
    /// as written. A word the layout split with an inserted hyphen is found whole; its span then covers the "-\n".
    /// </summary>
    public static List<(int At, int Length)> Find(CaptionCue cue)
    {
        // the text without inserted hyphen breaks, and where each of its characters is in the displayed text
        var unbroken = new StringBuilder();
        var map = new List<int>();
        var displayIndex = 0;
        for (var i = 0; i < cue.Lines.Count; i++)
        {
            var line = cue.Lines[i];
            var hyphenated = cue.HyphenatedLines.Contains(i) && line.EndsWith('-') && i + 1 < cue.Lines.Count;
            var kept = hyphenated ? line.Length - 1 : line.Length;
            for (var c = 0; c < kept; c++)
            {
                unbroken.Append(line[c]);
                map.Add(displayIndex + c);
            }

            if (!hyphenated && i + 1 < cue.Lines.Count)
            {
                unbroken.Append('\n');
                map.Add(displayIndex + line.Length);
            }

            displayIndex += line.Length + 1;
        }

        var text = unbroken.ToString();
        var spans = new List<(int At, int Length)>(cue.Words.Count);
        var cursor = 0;
        foreach (var word in cue.Words)
        {
            var spoken = word.Text.Trim();
            var at = WordSearch.Find(text, spoken, cursor);
            if (at < 0)
            {
                spans.Add((-1, 0));
                continue;
            }

            var start = map[at];
            spans.Add((start, map[at + spoken.Length - 1] + 1 - start));
            cursor = at + spoken.Length;
        }

        return spans;
    }
}
