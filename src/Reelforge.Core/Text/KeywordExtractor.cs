using System.Globalization;

namespace Reelforge.Core.Text;

/// <summary>
/// Offline keywords: frequent non-stop-words (ties broken by first appearance); Chinese and Japanese
/// text by character bigrams without function characters.
/// </summary>
public static class KeywordExtractor
{
    public static IReadOnlyList<string> Extract(string text, string language, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = HasIdeographs(text) ? Bigrams(text) : Words(text, language);
        return candidates
            .Select((term, index) => (term, index))
            .GroupBy(x => x.term, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().index)
            .Select(g => g.Key)
            .Take(max)
            .ToList();
    }

    private static bool HasIdeographs(string text) => text.Any(CharacterScript.IsCjkIdeographic);

    private static IEnumerable<string> Words(string text, string language)
    {
        var stop = StopWords.For(language);
        var word = new System.Text.StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || c == '\'' || c == '’')
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                var candidate = word.ToString().Trim('\'', '’').ToLower(CultureInfo.InvariantCulture);
                word.Clear();
                if (candidate.Length >= 3 && !stop.Contains(candidate) && !candidate.All(char.IsDigit))
                {
                    yield return candidate;
                }
            }
        }
    }

    private static IEnumerable<string> Bigrams(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            char a = text[i], b = text[i + 1];
            if (CharacterScript.IsCjkIdeographic(a) && CharacterScript.IsCjkIdeographic(b)
                && !StopWords.ChineseFunction.Contains(a) && !StopWords.ChineseFunction.Contains(b))
            {
                yield return string.Concat(a, b);
            }
        }
    }
}
