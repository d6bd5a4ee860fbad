namespace Reelforge.Core.Text;

/// <summary>
/// Cuts a sentence into the words captions show. Spaced scripts: whitespace-separated tokens with their
/// punctuation attached. Han and kana: one token per character, punctuation attached to the previous one.
/// Every character except whitespace belongs to exactly one token.
/// </summary>
public static class WordTokenizer
{
    public static IReadOnlyList<WordToken> Tokenize(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = new List<WordToken>();
        var i = 0;
        while (i < sentence.Length)
        {
            if (char.IsWhiteSpace(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && !char.IsWhiteSpace(sentence[i]))
            {
                i++;
            }

            var chunk = sentence.AsSpan(start, i - start);
            if (chunk.IndexOfAnyInRange('\u3040', '\u9FFF') < 0 && chunk.IndexOfAnyInRange('\uF900', '\uFAFF') < 0)
            {
                tokens.Add(new WordToken(chunk.ToString(), start));
            }
            else
            {
                SplitIdeographic(sentence, start, i, tokens);
            }
        }

        return tokens;
    }

    private static void SplitIdeographic(string text, int start, int end, List<WordToken> tokens)
    {
        var firstInChunk = tokens.Count;
        var tokenStart = -1;
        var pendingPrefix = -1;

        void Close(int at)
        {
            if (tokenStart >= 0)
            {
                tokens.Add(new WordToken(text[tokenStart..at], tokenStart));
                tokenStart = -1;
            }
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var isWordChar = char.IsLetterOrDigit(c);
            if (CharacterScript.IsCjkIdeographic(c))
            {
                Close(i);
                tokenStart = pendingPrefix >= 0 ? pendingPrefix : i;
                pendingPrefix = -1;
                Close(i + 1);
                continue;
            }

            if (isWordChar)
            {
                // a run of Latin letters or digits ("AI", "2025") inside CJK text is one word
                var previousIsSameRun = i > start && char.IsLetterOrDigit(text[i - 1]) && !CharacterScript.IsCjkIdeographic(text[i - 1]);
                if (!previousIsSameRun || tokenStart < 0)
                {
                    Close(i);
                    tokenStart = pendingPrefix >= 0 ? pendingPrefix : i;
                    pendingPrefix = -1;
                }

                continue;
            }

            // punctuation: opening marks wait for the next word; the rest sticks to the previous word
            if (IsOpening(c) || (tokens.Count == firstInChunk && tokenStart < 0))
            {
                Close(i);
                if (pendingPrefix < 0)
                {
                    pendingPrefix = i;
                }

                continue;
            }

            if (tokenStart < 0)
            {
                var last = tokens[^1];
                tokens[^1] = new WordToken(text[last.Offset..(i + 1)], last.Offset);
            }
        }

        Close(end);
        if (pendingPrefix >= 0)
        {
            // only punctuation left over: keep it with the previous word, or as its own token
            if (tokens.Count > firstInChunk)
            {
                var last = tokens[^1];
                tokens[^1] = new WordToken(text[last.Offset..end], last.Offset);
            }
            else
            {
                tokens.Add(new WordToken(text[pendingPrefix..end], pendingPrefix));
            }
        }
    }

    private static bool IsOpening(char c) => c is '“' or '‘' or '「' or '『' or '（' or '(' or '【' or '《' or '〈' or '"';
}
