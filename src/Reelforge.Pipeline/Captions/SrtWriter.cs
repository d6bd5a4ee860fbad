using System.Globalization;
using System.Text;
using Reelforge.Core.Captions;

namespace Reelforge.Pipeline.Captions;

/// <summary>Writes cues as SubRip (.srt): numbered from 1, "HH:MM:SS,mmm --> HH:MM:SS,mmm", blank-line separated.</summary>
public static class SrtWriter
{
    public static string Write(IReadOnlyList<CaptionCue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var srt = new StringBuilder();
        for (var i = 0; i < cues.Count; i++)
        {
            srt.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append(CaptionTimestamp.Srt(cues[i].Start)).Append(" --> ").Append(CaptionTimestamp.Srt(cues[i].End)).Append('\n');
            foreach (var line in SubtitleLines.Of(cues[i]))
            {
                srt.Append(line).Append('\n');
            }

            srt.Append('\n');
        }

        return srt.ToString();
    }
}
