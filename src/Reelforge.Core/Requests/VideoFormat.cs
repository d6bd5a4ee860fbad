namespace Reelforge.Core.Requests;

/// <summary>Output format: aspect, frame rate, quality, size.</summary>
public sealed record VideoFormat
{
    public AspectRatio Aspect { get; init; } = AspectRatio.Portrait;

    public int Fps { get; init; } = 30;

    public RenderQuality Quality { get; init; } = RenderQuality.Standard;

    /// <summary>Pixels on the short side (1080 normally; tests render smaller).</summary>
    public int ShortSide { get; init; } = 1080;

    /// <summary>Seconds of picture and music after the narration ends.</summary>
    public double TailSeconds { get; init; } = 1.5;

    public FrameSize Size => Aspect.SizeFor(ShortSide);
}
