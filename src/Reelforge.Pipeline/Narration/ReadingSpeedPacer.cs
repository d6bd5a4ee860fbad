using Reelforge.Core.Text;

namespace Reelforge.Pipeline.Narration;

/// <summary>How long a sentence stays on screen when nobody speaks it: reading speed, never under 1.2 s.</summary>
public static class ReadingSpeedPacer
{
    public const double LatinCharactersPerSecond = 15;
    public const double WordsPerSecond = 2.8;
    public const double CjkCharactersPerSecond = 6;
    public const double MinimumSeconds = 1.2;

    public static double SecondsFor(string sentence, double rate = 1.0)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var cjk = 0;
        var other = 0;
        foreach (var c in sentence)
        {
            if (IsSyllableCharacter(c))
            {
                cjk++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                other++;
            }
        }

        var latinWords = WordTokenizer.Tokenize(sentence).Count(t => !t.Text.Any(IsSyllableCharacter));
        var seconds = (cjk / CjkCharactersPerSecond)
            + Math.Max(other / LatinCharactersPerSecond, latinWords / WordsPerSecond);
        return Math.Max(MinimumSeconds, seconds / Math.Max(0.1, rate));
    }

    // scripts read a character (a syllable) at a time
    private static bool IsSyllableCharacter(char c) =>
        CharacterScript.IsCjkIdeographic(c) || CharacterScript.Of(c) == WritingScript.Hangul;
}
