using System.Globalization;

namespace Reelforge.Core.Footage;

/// <summary>Words for matching footage to a scene: lowercased, split, simply stemmed; titles from page-URL slugs.</summary>
public static class FootageText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "video", "photo", "id",
    };

    private static readonly char[] Separators = [' ', ',', '-', '_', '.', '/', '\'', '"', '(', ')', ';', ':', '!', '?', '&'];

    /// <summary>Lowercased words without stop words or numbers, in order.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return text.ToLower(CultureInfo.InvariantCulture)
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => !StopWords.Contains(w) && !w.All(char.IsAsciiDigit))
            .ToList();
    }

    /// <summary>A word reduced to a crude stem so "waves" matches "wave" and "cities" matches "city".</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.Length > 4 && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>
    /// The human title in a provider page URL ("…/video/sea-waves-at-dawn-1409899/" → "sea waves at dawn"),
    /// or null when the slug carries no words.
    /// </summary>
    public static string? TitleFromPageUrl(Uri? pageUrl)
    {
        if (pageUrl is null || !pageUrl.IsAbsoluteUri)
        {
            return null;
        }

        var slug = pageUrl.AbsolutePath.TrimEnd('/').Split('/').LastOrDefault() ?? string.Empty;
        var words = Uri.UnescapeDataString(slug)
            .Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.All(char.IsAsciiDigit) && !string.Equals(w, "id", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return words.Count == 0 ? null : string.Join(' ', words).ToLower(CultureInfo.InvariantCulture);
    }
}
