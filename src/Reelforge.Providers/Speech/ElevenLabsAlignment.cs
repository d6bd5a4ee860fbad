using Reelforge.Core.Speech;
using Reelforge.Core.Text;

namespace Reelforge.Providers.Speech;

/// <summary>
/// ElevenLabs times every character it spoke (<c>alignment.characters</c> with <c>character_start_times_seconds</c>);
/// the narration wants word events. Each character is matched to its place in the text sent (the service may drop or
/// add a character, so a character that does not match is looked for a few places ahead, and skipped when absent), and
/// each word of the text, as captions cut it, starts when its first matched character does.
/// </summary>
public static class ElevenLabsAlignment
{
    private const int LookAhead = 8;

    public static IReadOnlyList<WordBoundary> ToWordBoundaries(string text, IReadOnlyList<string> characters, IReadOnlyList<double> startSeconds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(characters);
        ArgumentNullException.ThrowIfNull(startSeconds);
        var count = Math.Min(characters.Count, startSeconds.Count);

        // the start time of the character at each offset of the text, where one was matched
        var times = new double?[text.Length];
        var cursor = 0;
        for (var i = 0; i < count && cursor < text.Length; i++)
        {
            var character = characters[i];
            if (string.IsNullOrEmpty(character))
            {
                continue;
            }

            var window = text.AsSpan(cursor, Math.Min(LookAhead + character.Length, text.Length - cursor));
            var found = window.IndexOf(character.AsSpan(), StringComparison.Ordinal);
            if (found < 0)
            {
                continue;
            }

            times[cursor + found] = Math.Max(0, startSeconds[i]);
            cursor += found + character.Length;
        }

        var boundaries = new List<WordBoundary>();
        foreach (var word in WordTokenizer.Tokenize(text))
        {
            for (var offset = word.Offset; offset < word.End; offset++)
            {
                if (times[offset] is { } time)
                {
                    boundaries.Add(new WordBoundary(word.Offset, word.Length, time));
                    break;
                }
            }
        }

        return boundaries;
    }
}
