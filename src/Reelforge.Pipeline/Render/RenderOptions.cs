using System.ComponentModel.DataAnnotations;

namespace Reelforge.Pipeline.Render;

/// <summary>How videos are rendered on this machine (configuration section <c>Render</c>).</summary>
public sealed class RenderOptions
{
    public const string Section = "Render";

    /// <summary>auto (the first hardware encoder that works here, else libx264), libx264, nvenc, qsv or vaapi.</summary>
    [RegularExpression("^(auto|libx264|nvenc|qsv|vaapi)$", ErrorMessage = "Render:Encoder must be auto, libx264, nvenc, qsv or vaapi.")]
    public string Encoder { get; set; } = "auto";

    /// <summary>
    /// Length of the parts a long video is rendered in, seconds (cut at clip boundaries, so parts come out near it).
    /// Each part is one ffmpeg pass, so memory stays flat however long the video is.
    /// </summary>
    [Range(5, 3600, ErrorMessage = "Render:SegmentSeconds must be between 5 and 3600.")]
    public double SegmentSeconds { get; set; } = 60;

    /// <summary>Parts rendered at once by one process (the CLI, or one worker's share of a task).</summary>
    [Range(1, 64, ErrorMessage = "Render:SegmentsInFlight must be between 1 and 64.")]
    public int SegmentsInFlight { get; set; } = 2;
}
