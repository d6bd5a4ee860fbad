namespace Reelforge.Pipeline.Captions;

/// <summary>Finds a spoken word in caption text: case-insensitive, and for letters and digits only as a whole word.</summary>
internal static class WordSearch
{
    /// <summary>The index of <paramref name="word"/> in <paramref name="text"/> at or after <paramref name="from"/>, or -1.</summary>
    public static int Find(string text, string word, int from)
    {
        if (word.Length == 0)
        {
            return -1;
        }

        for (var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if (!JoinsWord(text, at - 1, word[0]) && !JoinsWord(text, end, word[^1]))
            {
                return at;
            }
        }

        return -1;
    }

    // a Latin letter or digit right next to a match that itself starts/ends with one means the match is inside a longer word
    private static bool JoinsWord(string text, int index, char edge) =>
        index >= 0 && index < text.Length
        && char.IsLetterOrDigit(text[index]) && char.IsLetterOrDigit(edge)
        && !ScriptClass.IsCjk(text[index]) && !ScriptClass.IsCjk(edge);
}
