using System.Globalization;

namespace Reelforge.Providers.Writing;

/// <summary>Narration speed per language, to turn a target duration into a script length.</summary>
public static class SpeakingRate
{
    // Words per minute for spaced scripts; characters per minute for Chinese and Japanese.
    private static readonly Dictionary<string, double> WordsPerMinute = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = 150, ["es"] = 160, ["fr"] = 150, ["it"] = 150, ["pt"] = 150, ["de"] = 130, ["nl"] = 140,
        ["ru"] = 120, ["pl"] = 125, ["tr"] = 120, ["ar"] = 120, ["hi"] = 140, ["id"] = 140, ["vi"] = 150,
        ["ko"] = 110,
    };

    private static readonly Dictionary<string, double> CharactersPerMinute = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh"] = 250, ["ja"] = 300, ["yue"] = 250,
    };

    /// <summary>True when length is counted in characters (no spaces between words).</summary>
    public static bool CountsCharacters(string language) => CharactersPerMinute.ContainsKey(BaseLanguage(language));

    /// <summary>Words (or characters) per minute; 150 for unknown languages.</summary>
    public static double PerMinute(string language)
    {
        var code = BaseLanguage(language);
        return CharactersPerMinute.TryGetValue(code, out var cpm) ? cpm : WordsPerMinute.GetValueOrDefault(code, 150);
    }

    /// <summary>How many words (or characters) fill <paramref name="seconds"/> of narration.</summary>
    public static int LengthFor(string language, double seconds) =>
        Math.Max(10, (int)Math.Round(PerMinute(language) * seconds / 60.0, MidpointRounding.AwayFromZero));

    /// <summary>"120 words" or "250 Chinese characters".</summary>
    public static string Describe(string language, double seconds) =>
        CountsCharacters(language)
            ? string.Create(CultureInfo.InvariantCulture, $"about {LengthFor(language, seconds)} characters")
            : string.Create(CultureInfo.InvariantCulture, $"about {LengthFor(language, seconds)} words");

    private static string BaseLanguage(string language)
    {
        var code = (language ?? "en").Trim();
        var dash = code.IndexOfAny(['-', '_']);
        return dash > 0 ? code[..dash] : code;
    }
}
