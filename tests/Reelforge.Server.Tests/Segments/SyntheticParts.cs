using System.Globalization;
using Reelforge.Pipeline.Render.Segments;

namespace Reelforge.Server.Tests.Segments;

/// <summary>
/// Small real parts: each a tiny ffmpeg encode of a test pattern through a filter graph read from its own file, as the
/// segmented render's parts are. A failing part names a filter that does not exist; a slow one reads its input in real time.
/// </summary>
internal static class SyntheticParts
{
    public const string MissingFilter = "nosuchfilter";

    public static SegmentWork Part(string directory, int index, double seconds = 0.5, bool failing = false, bool realTime = false)
    {
        var name = Path.Combine(directory, $"part-{index:D3}");
        var graphPath = name + ".graph";
        var partial = name + ".partial.mp4";
        var duration = seconds.ToString(CultureInfo.InvariantCulture);
        List<string> arguments = ["-hide_banner", "-y"];
        if (realTime)
        {
            arguments.Add("-re");
        }

        arguments.AddRange(
        [
            "-f", "lavfi", "-i", $"testsrc2=size=64x64:rate=10:duration={duration}",
            "-filter_complex_script", graphPath, "-map", "[v]",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-f", "mp4", partial,
        ]);
        var frames = (int)Math.Round(seconds * 10);
        return new SegmentWork(index, index * frames, frames, arguments, failing ? $"[0:v]{MissingFilter}[v]" : "[0:v]null[v]",
            graphPath, partial, name + ".mp4", seconds, null);
    }

    public static IReadOnlyList<SegmentWork> Parts(string directory, int count, double seconds = 0.5) =>
        [.. Enumerable.Range(0, count).Select(i => Part(directory, i, seconds))];

    /// <summary>How many times ffmpeg ran for the part: the runner writes each command line to the part's log.</summary>
    public static int FfmpegRuns(SegmentWork part)
    {
        var log = Path.ChangeExtension(part.OutputPath, ".log");
        return File.Exists(log) ? File.ReadLines(log).Count(l => l.StartsWith("$ ", StringComparison.Ordinal)) : 0;
    }

    /// <summary>ffmpeg processes whose command line mentions <paramref name="directory"/> (Linux /proc).</summary>
    public static IReadOnlyList<int> FfmpegProcessesIn(string directory)
    {
        var found = new List<int>();
        foreach (var proc in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(proc), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(proc, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains("ffmpeg", StringComparison.Ordinal) && commandLine.Contains(directory, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours.
            }
        }

        return found;
    }
}
