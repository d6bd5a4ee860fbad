namespace Reelforge.Core.Text;

/// <summary>
/// Splits scene text into sentences without changing a character: concatenating the sentences, with the
/// whitespace between them, gives back the input.
/// </summary>
public static class SentenceSplitter
{
    // words that end with a period without ending the sentence (compared without their dots, lower case)
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "sra", "srta", "jr", "st", "mt", "vs", "eg", "ie", "cf",
        "fig", "approx", "inc", "ltd", "corp", "dept", "lt", "capt", "sgt", "rev", "ud", "uds", "dra", "vd", "vds",
        "jan", "feb", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec", "mme", "mlle",
    };

    private const string ClosingMarks = "\"'”’»)]}」』）】";

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                i++;
                continue;
            }

            if (!IsTerminator(c))
            {
                i++;
                continue;
            }

            // a run of terminators ("?!", "...", "。」") is one sentence end
            var end = i;
            while (end < text.Length && IsTerminator(text[end]))
            {
                end++;
            }

            while (end < text.Length && ClosingMarks.Contains(text[end], StringComparison.Ordinal))
            {
                end++;
            }

            if (EndsSentence(text, i, end))
            {
                Add(sentences, text, start, end);
                start = end;
            }

            i = end;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '‼' or '⁇';

    private static bool EndsSentence(string text, int first, int end)
    {
        var run = text.AsSpan(first, end - first);
        if (run.ContainsAny("。！？"))
        {
            return true;
        }

        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            // "¿Qué?¡Sí!" and "Really?真的" end without a space; "2.5", "example.com", "U.S" inside a token do not end
            var following = text[end];
            return following is '¿' or '¡' || (run[^1] != '.' && CharacterScript.IsCjkIdeographic(following));
        }

        var next = NextNonSpace(text, end);
        if (next is null)
        {
            return true;
        }

        var isEllipsis = run.StartsWith("...", StringComparison.Ordinal) || run[0] == '…';
        if (isEllipsis || run is ".")
        {
            // "Wait... what" and "approx. five" go on; a lower-case continuation is not a new sentence
            if (char.IsLower(next.Value))
            {
                return false;
            }
        }

        return !(run is "." && IsAbbreviation(text, first));
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text[start..dot];
        if (word.Length == 0)
        {
            return false;
        }

        // a single capital is an initial ("J. Smith"); dotted letters are an acronym ("U.S.", "e.g.")
        if ((word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.', StringComparison.Ordinal))
        {
            return true;
        }

        return Abbreviations.Contains(word.ToLowerInvariant());
    }

    private static char? NextNonSpace(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return null;
    }

    private static void Add(List<string> sentences, string text, int start, int end)
    {
        var sentence = text[start..end].Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }
}
