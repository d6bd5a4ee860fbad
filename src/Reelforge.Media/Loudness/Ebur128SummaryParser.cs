using System.Globalization;
using System.Text.RegularExpressions;

namespace Reelforge.Media.Loudness;

/// <summary>Parses the "Summary:" block that <c>ebur128=peak=true</c> writes to stderr.</summary>
public static partial class Ebur128SummaryParser
{
    public static LoudnessMeasurement Parse(string stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var start = stderr.LastIndexOf("Summary:", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new FormatException("No ebur128 \"Summary:\" block in ffmpeg output; did the input have an audio stream?");
        }

        var summary = stderr[start..];
        var integrated = Section(summary, "Integrated loudness:");
        var range = Section(summary, "Loudness range:");
        var peak = summary.Contains("True peak:", StringComparison.Ordinal) ? Section(summary, "True peak:") : null;

        return new LoudnessMeasurement(
            Value(integrated, "I"),
            Value(integrated, "Threshold"),
            Value(range, "LRA"),
            Value(range, "LRA low"),
            Value(range, "LRA high"),
            peak is null ? null : Value(peak, "Peak"));
    }

    private static string Section(string summary, string heading)
    {
        var start = summary.IndexOf(heading, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new FormatException($"ebur128 summary has no \"{heading}\" section.");
        }

        start += heading.Length;
        // Sections are separated by a blank line.
        var end = summary.IndexOf("\n\n", start, StringComparison.Ordinal);
        return end < 0 ? summary[start..] : summary[start..end];
    }

    private static double Value(string section, string label)
    {
        foreach (Match match in LabelledValue().Matches(section))
        {
            if (match.Groups["label"].Value == label)
            {
                var text = match.Groups["value"].Value;
                return text switch
                {
                    "-inf" => double.NegativeInfinity,
                    "inf" => double.PositiveInfinity,
                    _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                };
            }
        }

        throw new FormatException($"ebur128 summary has no \"{label}:\" value.");
    }

    [GeneratedRegex(@"^\s*(?<label>[A-Za-z][A-Za-z ]*?):\s+(?<value>-?inf|-?\d+(?:\.\d+)?)\s", RegexOptions.Multiline)]
    private static partial Regex LabelledValue();
}
