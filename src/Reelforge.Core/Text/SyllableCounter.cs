namespace Reelforge.Core.Text;

/// <summary>
/// Estimates how many syllables a written word takes to say: an English heuristic, vowel groups for other
/// Latin-script languages, one per Han/kana character, and a spoken-length guess for numbers.
/// Punctuation counts nothing; a word of punctuation only counts zero.
/// </summary>
public static class SyllableCounter
{
    private const string Vowels = "aeiouyáéíóúàèìòùâêîôûäëïöüãõåæœ";

    public static int Count(string word, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(word);
        var total = 0;
        var i = 0;
        while (i < word.Length)
        {
            var c = word[i];
            if (CharacterScript.IsCjkIdeographic(c) || CharacterScript.Of(c) == WritingScript.Hangul)
            {
                total++;
                i++;
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < word.Length && (char.IsDigit(word[i]) || (i + 1 < word.Length && word[i] is '.' or ',' && char.IsDigit(word[i + 1]))))
                {
                    i++;
                }

                total += NumberSyllables(word[start..i]);
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < word.Length && char.IsLetter(word[i]) && !CharacterScript.IsCjkIdeographic(word[i]))
                {
                    i++;
                }

                var letters = word[start..i].ToLowerInvariant();
                total += IsEnglish(language) ? EnglishSyllables(letters) : VowelGroups(letters);
            }
            else
            {
                i++;
            }
        }

        return total;
    }

    private static bool IsEnglish(string language) =>
        language.Length >= 2 && language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>About one syllable per digit said, plus one per separator ("2.5" = two point five).</summary>
    private static int NumberSyllables(string number)
    {
        var digits = number.Count(char.IsDigit);
        var separators = number.Length - digits;
        return Math.Max(1, digits + separators);
    }

    private static int EnglishSyllables(string word)
    {
        if (word.Length <= 3)
        {
            return Math.Max(1, VowelGroups(word));
        }

        var w = word;
        if (w.EndsWith("es", StringComparison.Ordinal) && !w.EndsWith("ses", StringComparison.Ordinal)
            && !w.EndsWith("ces", StringComparison.Ordinal) && !w.EndsWith("ges", StringComparison.Ordinal)
            && !w.EndsWith("zes", StringComparison.Ordinal) && !w.EndsWith("xes", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ted", StringComparison.Ordinal)
            && !w.EndsWith("ded", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('e') && !(w.EndsWith("le", StringComparison.Ordinal) && w.Length > 2 && !Vowels.Contains(w[^3], StringComparison.Ordinal)))
        {
            w = w[..^1];
        }

        if (w.StartsWith('y'))
        {
            w = w[1..];
        }

        var count = VowelGroups(w);

        // vowel pairs usually said as two syllables
        foreach (var pair in (ReadOnlySpan<string>)["ia", "io", "ua", "eo", "iu"])
        {
            if (w.Contains(pair, StringComparison.Ordinal) && !w.Contains("tion", StringComparison.Ordinal) && !w.Contains("sion", StringComparison.Ordinal) && !w.Contains("cial", StringComparison.Ordinal) && !w.Contains("tial", StringComparison.Ordinal))
            {
                count++;
            }
        }

        return Math.Max(1, count);
    }

    private static int VowelGroups(string word)
    {
        var count = 0;
        var inVowel = false;
        foreach (var c in word)
        {
            var isVowel = Vowels.Contains(c, StringComparison.Ordinal);
            if (isVowel && !inVowel)
            {
                count++;
            }

            inVowel = isVowel;
        }

        return word.Length > 0 ? Math.Max(1, count) : 0;
    }
}
