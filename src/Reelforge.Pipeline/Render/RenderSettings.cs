using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Render;

/// <summary>How the timeline is encoded.</summary>
public sealed record RenderSettings(string OutputPath, RenderQuality Quality)
{
    /// <summary>Threads per input video decoder: few inputs are live at once, and each thread holds frames in memory.</summary>
    public int DecoderThreads { get; init; } = 2;

    /// <summary>For diagnostics and tests: the output carries only the (ducked) music, not the voice.</summary>
    public bool MusicStemOnly { get; init; }

    public (string Preset, int Crf) Encoder => Quality switch
    {
        RenderQuality.Draft => ("superfast", 26),
        RenderQuality.Standard => ("veryfast", 21),
        RenderQuality.High => ("medium", 18),
        _ => throw new ArgumentOutOfRangeException(nameof(Quality), Quality, "Unknown quality."),
    };
}
