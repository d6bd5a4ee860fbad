using System.Text.RegularExpressions;
using Reelforge.Core.Text;

namespace Reelforge.Providers.Writing;

/// <summary>Turns a model's script answer into narration paragraphs: no markdown, cues or speaker labels.</summary>
public static partial class NarrationCleaner
{
    public static IReadOnlyList<string> Paragraphs(string raw, int? wanted)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = ThinkBlock().Replace(raw, string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);
        var paragraphs = new List<string>();
        foreach (var block in BlankLines().Split(text))
        {
            var lines = block.Split('\n')
                .Where(l => !IsHeading(l.Trim()))
                .Select(CleanLine)
                .Where(l => l.Length > 0)
                .ToList();
            if (lines.Count > 0)
            {
                paragraphs.Add(string.Join(' ', lines));
            }
        }

        if (wanted is > 1 && paragraphs.Count == 1)
        {
            return SplitBySentences(paragraphs[0], wanted.Value);
        }

        return paragraphs;
    }

    private static string CleanLine(string line)
    {
        var l = line.Trim().Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
        l = Fence().Replace(l, string.Empty);
        l = Bullet().Replace(l, string.Empty);
        l = Cue().Replace(l, string.Empty);
        l = SpeakerLabel().Replace(l, string.Empty);
        return Spaces().Replace(l, " ").Trim();
    }

    private static bool IsHeading(string line) => line.StartsWith('#') || line.EndsWith(':') && line.Length < 40;

    private static List<string> SplitBySentences(string text, int count)
    {
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count <= 1)
        {
            return [text];
        }

        count = Math.Min(count, sentences.Count);
        var result = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var from = i * sentences.Count / count;
            var to = (i + 1) * sentences.Count / count;
            result.Add(string.Join(' ', sentences.Skip(from).Take(to - from).Select(s => s.Trim())));
        }

        return result;
    }

    [GeneratedRegex(@"<think>.*?(</think>|$)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ThinkBlock();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^```\w*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(?:[-*•]\s+|\d+[.)]\s+|#+\s*)")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\[[^\]]*\]|\((?:pause|music|sfx|sound|beat|cut to|b-roll|visual)[^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"^(?:narrator|voice ?over|vo|host|scene \d+|paragraph \d+)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerLabel();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
