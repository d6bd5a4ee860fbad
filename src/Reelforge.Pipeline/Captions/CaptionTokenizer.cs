using System.Globalization;
using System.Text;

namespace Reelforge.Pipeline.Captions;

/// <summary>Splits a sentence into the tokens a line may break between.</summary>
internal static class CaptionTokenizer
{
    /// <summary>
    /// Latin-like runs break only at whitespace (so "¿Qué", "2.5" and "1,000" stay whole); CJK breaks between characters,
    /// with closing punctuation glued to the character before it and opening punctuation to the one after it.
    /// </summary>
    public static IReadOnlyList<CaptionToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<CaptionToken>();
        var current = new StringBuilder();
        var currentStart = 0;
        var currentIsCjk = false;
        var currentSpaceBefore = false;
        var spaceBefore = false;
        var gluedOpening = false;

        void Flush(int end)
        {
            if (current.Length > 0)
            {
                tokens.Add(new CaptionToken(current.ToString(), currentStart, end, currentSpaceBefore));
                current.Clear();
            }
        }

        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var cluster = enumerator.GetTextElement();
            var index = enumerator.ElementIndex;
            if (char.IsWhiteSpace(cluster[0]))
            {
                Flush(index);
                spaceBefore = tokens.Count > 0;
                gluedOpening = false;
                continue;
            }

            var isCjk = ScriptClass.IsCjk(char.ConvertToUtf32(cluster, 0));
            var glueToPrevious = current.Length > 0 && !spaceBefore
                && (gluedOpening || ScriptClass.IsClosing(cluster) || (!isCjk && !currentIsCjk));
            if (!glueToPrevious)
            {
                Flush(index);
                currentStart = index;
                currentSpaceBefore = spaceBefore;
                currentIsCjk = isCjk;
            }

            current.Append(cluster);
            spaceBefore = false;
            gluedOpening = ScriptClass.IsOpening(cluster);
        }

        Flush(text.Length);
        return tokens;
    }

    /// <summary>Grapheme clusters of <paramref name="text"/>, so emoji sequences and combining marks are never split.</summary>
    public static IEnumerable<string> Clusters(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }
}
