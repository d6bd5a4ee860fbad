using System.Text;

namespace Reelforge.Media.FilterGraphs;

/// <summary>
/// ffmpeg's two levels of quoting (see "Notes on filtergraph escaping" in ffmpeg-filters): an option value is
/// escaped for the filter's option parser, and the result again for the filter graph parser.
/// </summary>
public static class FilterEscaping
{
    /// <summary>First level: characters special to a filter's option string.</summary>
    public static string EscapeOptionValue(string value) => Escape(value, "\\':");

    /// <summary>Second level: characters special to the filter graph description.</summary>
    public static string EscapeForGraph(string value) => Escape(value, "\\'[],;");

    private static string Escape(string value, string special)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny(special) < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (special.Contains(c, StringComparison.Ordinal))
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
