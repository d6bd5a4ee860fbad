using System.Globalization;
using System.Text.Json;

namespace Reelforge.Media.Loudness;

/// <summary>Extracts the JSON block loudnorm prints to stderr at the end of a run.</summary>
public static class LoudnormAnalysisParser
{
    public static LoudnormAnalysis Parse(string stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var marker = stderr.LastIndexOf("[Parsed_loudnorm", StringComparison.Ordinal);
        var open = stderr.IndexOf('{', Math.Max(marker, 0));
        var close = open < 0 ? -1 : stderr.IndexOf('}', open);
        if (marker < 0 || open < 0 || close < 0)
        {
            throw new FormatException("No loudnorm JSON block in ffmpeg output; was print_format=json set?");
        }

        using var document = JsonDocument.Parse(stderr.AsMemory(open, close - open + 1));
        var root = document.RootElement;
        return new LoudnormAnalysis(
            Read(root, "input_i"),
            Read(root, "input_tp"),
            Read(root, "input_lra"),
            Read(root, "input_thresh"),
            Read(root, "target_offset"));
    }

    // loudnorm quotes every number, and writes "-inf" for silent input.
    private static double Read(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            throw new FormatException($"loudnorm JSON has no \"{name}\".");
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        return text switch
        {
            "-inf" => double.NegativeInfinity,
            "inf" => double.PositiveInfinity,
            _ => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }
}
