using System.Text;

namespace Reelforge.Pipeline.Captions;

/// <summary>Makes plain text safe inside an ASS Dialogue line.</summary>
public static class AssText
{
    private const char WordJoiner = '\u2060';

    /// <summary>
    /// Braces become \{ \} (libass draws them instead of reading an override block); a backslash gets a zero-width
    /// word joiner after it so "\N" in the text is not a line break; newlines become \N; leading and trailing spaces
    /// become hard spaces (\h), which libass keeps.
    /// </summary>
    public static string Escape(string text) => Escape(text, atStart: true, atEnd: true);

    /// <summary>Escapes a piece of a line; only spaces at the line's own start or end become hard spaces.</summary>
    internal static string Escape(string text, bool atStart, bool atEnd)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var leading = atStart ? normalized.Length - normalized.TrimStart(' ').Length : 0;
        var trailing = !atEnd ? 0
            : leading == normalized.Length ? 0
            : normalized.Length - normalized.TrimEnd(' ').Length;
        var result = new StringBuilder(normalized.Length + 8);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == ' ' && (i < leading || i >= normalized.Length - trailing))
            {
                result.Append(@"\h");
                continue;
            }

            result.Append(c switch
            {
                '{' => @"\{",
                '}' => @"\}",
                '\\' => "\\" + WordJoiner,
                '\n' => @"\N",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
