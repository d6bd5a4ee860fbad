using System.Text.RegularExpressions;
using Reelforge.Core.Speech;

namespace Reelforge.Providers.Speech;

/// <summary>Parses the table printed by <c>espeak-ng --voices</c>.</summary>
public static partial class EspeakVoiceListParser
{
    public static IReadOnlyList<VoiceInfo> Parse(string output, string engineName = EspeakSpeechEngine.EngineName)
    {
        ArgumentNullException.ThrowIfNull(output);
        var voices = new List<VoiceInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rawLine in output.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var columns = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);

            // Pty Language Age/Gender VoiceName File [Other Languages]
            if (columns.Length < 5 || !int.TryParse(columns[0], out _) || !seen.Add(columns[1]))
            {
                continue;
            }

            var id = columns[1];
            var languages = new List<string> { id };
            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                languages.Add(id[..dash]);
            }

            foreach (Match match in OtherLanguage().Matches(line))
            {
                languages.Add(match.Groups[1].Value);
            }

            var gender = columns[2].EndsWith("/F", StringComparison.Ordinal) ? "female"
                : columns[2].EndsWith("/M", StringComparison.Ordinal) ? "male" : null;
            voices.Add(new VoiceInfo(engineName, id, columns[3].Replace('_', ' '), languages.Distinct(StringComparer.Ordinal).ToList(), gender));
        }

        return voices;
    }

    [GeneratedRegex(@"\(([A-Za-z0-9-]+) \d+\)")]
    private static partial Regex OtherLanguage();
}
