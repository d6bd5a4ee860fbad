using System.Text;
using Reelforge.Core.Footage;
using Reelforge.Core.Text;

namespace Reelforge.Jobs.Library;

/// <summary>
/// Search terms from names and tags: split on separators and camelCase ("oceanWaves_01" → ocean, waves), lower-cased,
/// stop words, numbers and one- and two-letter words dropped (Core's keyword rules), then stemmed so "waves" finds
/// "wave". Imports and searches both come through here, so they always agree.
/// </summary>
public static class LibraryTermText
{
    private const int MaxTermLength = 64;

    public static IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return KeywordExtractor.Extract(SplitCamelCase(text), LanguageDetector.Default, int.MaxValue)
            .Select(FootageText.Stem)
            .Where(t => t.Length <= MaxTermLength)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>All the terms of several texts, without repeats, in first-seen order.</summary>
    public static IReadOnlyList<string> Terms(IEnumerable<string?> texts) =>
        texts.SelectMany(Terms).Distinct(StringComparer.Ordinal).ToList();

    private static string SplitCamelCase(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = i > 0 && char.IsUpper(c)
                && (char.IsLower(text[i - 1]) || (i + 1 < text.Length && char.IsUpper(text[i - 1]) && char.IsLower(text[i + 1])));
            if (boundary || (i > 0 && char.IsDigit(c) != char.IsDigit(text[i - 1]) && char.IsLetterOrDigit(text[i - 1])))
            {
                builder.Append(' ');
            }

            // Separators of file names become spaces; Core's word splitter keeps apostrophes only.
            builder.Append(c is '_' or '-' or '.' ? ' ' : c);
        }

        return builder.ToString();
    }
}
