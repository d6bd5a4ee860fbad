using System.Globalization;

namespace Reelforge.Media.Probing;

/// <summary>Parses <c>ffprobe -show_entries packet=pts_time,flags -of csv=p=0</c> output into keyframe times.</summary>
public static class KeyframeParser
{
    public static IReadOnlyList<double> Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var times = new List<double>();
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && line.AsSpan(comma + 1).Contains('K')
                && double.TryParse(line.AsSpan(0, comma), NumberStyles.Float, CultureInfo.InvariantCulture, out var time))
            {
                times.Add(time);
            }
        }

        times.Sort();
        return times;
    }
}
