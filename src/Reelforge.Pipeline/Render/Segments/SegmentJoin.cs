using System.Globalization;
using System.Text;

namespace Reelforge.Pipeline.Render.Segments;

/// <summary>
/// Joins rendered parts by stream copy (the concat demuxer: parts with identical encoder settings and closed GOPs need
/// no re-encode) and muxes the separately mixed sound in.
/// </summary>
public static class SegmentJoin
{
    /// <summary>
    /// The concat demuxer's list of the parts, in order, each with its exact duration: without it the demuxer places
    /// the next part by the file's duration, which mp4 rounds to milliseconds, and a join's frame lands up to half a
    /// millisecond late.
    /// </summary>
    public static string ListOf(IEnumerable<SegmentWork> parts, int fps)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = new StringBuilder("ffconcat version 1.0\n");
        foreach (var part in parts)
        {
            // In the list's quoting, only the quote itself needs escaping: ' becomes '\''.
            list.Append("file '").Append(Path.GetFullPath(part.OutputPath).Replace("'", "'\\''", StringComparison.Ordinal)).Append("'\n")
                .Append("duration ").Append(((double)part.Frames / fps).ToString("0.######", CultureInfo.InvariantCulture)).Append('\n');
        }

        return list.ToString();
    }

    /// <summary>ffmpeg's arguments: the list's video and the audio file's sound, copied, cut to the video's duration.</summary>
    public static IReadOnlyList<string> Arguments(string listPath, string audioPath, double duration, string outputPath) =>
    [
        "-hide_banner", "-nostdin", "-y",
        "-f", "concat", "-safe", "0", "-i", listPath,
        "-i", audioPath,
        "-map", "0:v:0", "-map", "1:a:0",
        "-c", "copy",
        "-t", duration.ToString("0.######", CultureInfo.InvariantCulture),
        "-movflags", "+faststart",
        "-f", "mp4",
        outputPath,
    ];
}
