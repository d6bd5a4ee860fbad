using System.Globalization;
using Reelforge.Media.Encoders;

namespace Reelforge.Pipeline.Render;

/// <summary>How videos are rendered on this machine (configuration section <c>Render</c>).</summary>
public sealed class RenderOptions
{
    public const string Section = "Render";

    /// <summary>auto (the first hardware encoder that works here, else libx264), libx264, nvenc, qsv or vaapi.</summary>
    public string Encoder { get; set; } = "auto";

    /// <summary>
    /// Length of the parts a long video is rendered in, seconds (cut at clip boundaries, so parts come out near it).
    /// Each part is one ffmpeg pass, so memory stays flat however long the video is.
    /// </summary>
    public double SegmentSeconds { get; set; } = 60;

    /// <summary>Parts rendered at once by one process (the CLI, or one worker's share of a task).</summary>
    public int SegmentsInFlight { get; set; } = 2;

    /// <summary>What is wrong, each naming the setting and its rule; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!EncoderChoice.IsValid(Encoder))
        {
            problems.Add($"Render:Encoder must be {EncoderChoice.Listed}, not '{Encoder}'.");
        }

        if (double.IsNaN(SegmentSeconds) || SegmentSeconds is < 5 or > 3600)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Render:SegmentSeconds must be between 5 and 3600, not {SegmentSeconds}."));
        }

        if (SegmentsInFlight is < 1 or > 64)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Render:SegmentsInFlight must be between 1 and 64, not {SegmentsInFlight}."));
        }

        return problems;
    }
}
