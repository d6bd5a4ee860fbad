using System.Globalization;
using System.Text.Json;

namespace Reelforge.Media.Probing;

/// <summary>Parses the JSON of <c>ffprobe -print_format json -show_format -show_streams</c>.</summary>
public static class ProbeParser
{
    public static ProbeResult Parse(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("format", out var format))
        {
            throw new FormatException("ffprobe output has no \"format\" object; was -show_format passed?");
        }

        var streams = new List<StreamInfo>();
        if (root.TryGetProperty("streams", out var streamArray) && streamArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var stream in streamArray.EnumerateArray())
            {
                streams.Add(ParseStream(stream));
            }
        }

        return new ProbeResult(
            GetString(format, "format_name") ?? string.Empty,
            GetDouble(format, "duration"),
            GetLong(format, "size"),
            GetLong(format, "bit_rate"),
            streams);
    }

    /// <summary>Parses an ffprobe rational such as "30000/1001"; "0/0" and "N/A" mean unknown.</summary>
    public static double? ParseRational(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain) && plain > 0 ? plain : null;
        }

        if (double.TryParse(text.AsSpan(0, slash), NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator)
            && double.TryParse(text.AsSpan(slash + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var denominator)
            && numerator > 0 && denominator > 0)
        {
            return numerator / denominator;
        }

        return null;
    }

    private static StreamInfo ParseStream(JsonElement stream)
    {
        var attachedPicture = stream.TryGetProperty("disposition", out var disposition)
            && GetLong(disposition, "attached_pic") == 1;
        return new StreamInfo(
            (int)(GetLong(stream, "index") ?? 0),
            ParseCodecType(GetString(stream, "codec_type")),
            GetString(stream, "codec_name"),
            GetString(stream, "profile"),
            GetString(stream, "pix_fmt"),
            GetInt(stream, "width"),
            GetInt(stream, "height"),
            ParseRational(GetString(stream, "r_frame_rate")),
            ParseRational(GetString(stream, "avg_frame_rate")),
            GetInt(stream, "sample_rate"),
            GetInt(stream, "channels"),
            GetString(stream, "channel_layout"),
            GetDouble(stream, "duration"),
            GetLong(stream, "nb_frames"),
            GetLong(stream, "bit_rate"),
            attachedPicture);
    }

    private static MediaCodecType ParseCodecType(string? text) => text switch
    {
        "video" => MediaCodecType.Video,
        "audio" => MediaCodecType.Audio,
        "subtitle" => MediaCodecType.Subtitle,
        "data" => MediaCodecType.Data,
        "attachment" => MediaCodecType.Attachment,
        _ => MediaCodecType.Unknown,
    };

    // ffprobe writes some numbers as JSON numbers (width, channels) and others as strings (duration, size, sample_rate).
    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() is { } s && s != "N/A" ? s : null,
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static double? GetDouble(JsonElement element, string name) =>
        double.TryParse(GetString(element, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static long? GetLong(JsonElement element, string name) =>
        long.TryParse(GetString(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? GetInt(JsonElement element, string name) =>
        int.TryParse(GetString(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
