using Reelforge.Pipeline.Render.Segments;

namespace Reelforge.Pipeline.Render;

/// <summary>How a video was rendered, for its manifest: the encoder, one pass or in parts (with each part's time), and any fallback.</summary>
/// <param name="Mode">"one_pass" or "segmented".</param>
/// <param name="Arguments">The one pass's ffmpeg arguments, or the join's.</param>
/// <param name="Fallback">Why the render fell back to libx264 from the encoder chosen first; null when it did not.</param>
public sealed record RenderOutcome(
    string Encoder,
    string Mode,
    IReadOnlyList<string> Arguments,
    IReadOnlyList<SegmentOutcome> Segments,
    string? Fallback = null)
{
    /// <summary>Why this encoder: the configured choice and what the machine's one-frame tests said.</summary>
    public string? Selection { get; init; }

    public const string OnePass = "one_pass";

    public const string Segmented = "segmented";
}
