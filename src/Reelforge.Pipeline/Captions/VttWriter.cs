using System.Text;
using Reelforge.Core.Captions;

namespace Reelforge.Pipeline.Captions;

/// <summary>Writes cues as WebVTT: a "WEBVTT" header, then "HH:MM:SS.mmm --> HH:MM:SS.mmm" cues, blank-line separated.</summary>
public static class VttWriter
{
    public static string Write(IReadOnlyList<CaptionCue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var vtt = new StringBuilder("WEBVTT\n\n");
        foreach (var cue in cues)
        {
            vtt.Append(CaptionTimestamp.Vtt(cue.Start)).Append(" --> ").Append(CaptionTimestamp.Vtt(cue.End)).Append('\n');
            foreach (var line in SubtitleLines.Of(cue))
            {
                // cue text is HTML-like in WebVTT; "-->" would end the timing line's meaning too
                vtt.Append(line.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                    .Replace(">", "&gt;", StringComparison.Ordinal)).Append('\n');
            }

            vtt.Append('\n');
        }

        return vtt.ToString();
    }
}
