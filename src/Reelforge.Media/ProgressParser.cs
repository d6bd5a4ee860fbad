using System.Globalization;

namespace Reelforge.Media;

/// <summary>
/// Turns ffmpeg <c>-progress</c> output (key=value lines, each block closed by <c>progress=continue|end</c>)
/// into <see cref="FfmpegProgress"/> records. Feed it line by line with <see cref="Push"/>, or parse a
/// whole capture with <see cref="ParseAll"/>.
/// </summary>
public sealed class ProgressParser(TimeSpan? totalDuration = null)
{
    private readonly Dictionary<string, string> block = new(StringComparer.Ordinal);

    /// <summary>Parses a complete capture; an unterminated trailing block is ignored.</summary>
    public static IReadOnlyList<FfmpegProgress> ParseAll(string text, TimeSpan? totalDuration = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new ProgressParser(totalDuration);
        var reports = new List<FfmpegProgress>();
        foreach (var line in text.Split('\n'))
        {
            if (parser.Push(line) is { } progress)
            {
                reports.Add(progress);
            }
        }

        return reports;
    }

    /// <summary>Adds one line; returns a record when the line closes a block, otherwise null.</summary>
    public FfmpegProgress? Push(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var separator = line.IndexOf('=', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return null;
        }

        var key = line[..separator].Trim();
        var value = line[(separator + 1)..].Trim();
        if (key != "progress")
        {
            block[key] = value;
            return null;
        }

        var progress = Build(value == "end");
        block.Clear();
        return progress;
    }

    private FfmpegProgress Build(bool isEnd)
    {
        var outTime = ReadOutTime();
        double? percent = null;
        if (isEnd)
        {
            percent = 100;
        }
        else if (outTime is { } time && totalDuration is { } total && total > TimeSpan.Zero)
        {
            percent = Math.Clamp(time / total * 100, 0, 100);
        }

        return new FfmpegProgress(
            ReadLong("frame"),
            ReadDouble("fps"),
            outTime,
            ReadSpeed(),
            ReadLong("total_size"),
            percent,
            isEnd);
    }

    private TimeSpan? ReadOutTime()
    {
        // out_time_ms is in microseconds too (a long-standing ffmpeg naming bug), so both keys mean µs.
        var micros = ReadLong("out_time_us") ?? ReadLong("out_time_ms");
        if (micros is { } us)
        {
            return us >= 0 ? TimeSpan.FromMicroseconds(us) : null;
        }

        return block.TryGetValue("out_time", out var text)
            && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed)
            && parsed >= TimeSpan.Zero
                ? parsed
                : null;
    }

    private double? ReadSpeed()
    {
        if (!block.TryGetValue("speed", out var text))
        {
            return null;
        }

        return double.TryParse(text.TrimEnd('x').Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var speed)
            ? speed
            : null;
    }

    private long? ReadLong(string key) =>
        block.TryGetValue(key, out var text)
        && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private double? ReadDouble(string key) =>
        block.TryGetValue(key, out var text)
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
