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
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var leading = normalized.Length - normalized.TrimStart(' ').Length;
        var trailing = normalized.Trim(' ').Length == 0 ? 0 : normalized.Length - normalized.TrimEnd(' ').Length;
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
