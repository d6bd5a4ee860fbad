using Reelforge.Core.Captions;

namespace Reelforge.Pipeline.Captions;

/// <summary>The lines a sidecar subtitle file shows: as wrapped, except words split with an inserted hyphen are whole again.</summary>
internal static class SubtitleLines
{
    public static List<string> Of(CaptionCue cue)
    {
        var lines = new List<string>();
        var carry = string.Empty;
        for (var i = 0; i < cue.Lines.Count; i++)
        {
            var line = cue.Lines[i];
            if (cue.HyphenatedLines.Contains(i) && line.EndsWith('-') && i + 1 < cue.Lines.Count)
            {
                carry += line[..^1];
                continue;
            }

            lines.Add(carry + line);
            carry = string.Empty;
        }

        return lines;
    }
}
