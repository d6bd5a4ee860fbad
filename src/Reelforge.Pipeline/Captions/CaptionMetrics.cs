using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Captions;

/// <summary>Caption sizes in frame pixels, derived from a style at a frame size; shared by the layout and the ASS writer.</summary>
public static class CaptionMetrics
{
    /// <summary>The share of the frame width captions may use (the rest is the side margins).</summary>
    public const double SafeWidthFraction = 0.84;

    /// <summary>Style sizes are given for a frame 1080 pixels wide.</summary>
    public static double Scale(FrameSize size) => size.Width / 1080.0;

    /// <summary>The font's em size in pixels.</summary>
    public static double FontPixelSize(CaptionStyle style, FrameSize size) => style.FontSize * Scale(size);

    public static double StrokePixels(CaptionStyle style, FrameSize size) => Math.Max(0, style.StrokeWidth) * Scale(size);

    /// <summary>What is drawn around the glyphs on each side: the stroke, or the padding of the background box.</summary>
    public static double BorderPixels(CaptionStyle style, FrameSize size) => style.BackgroundColor is null
        ? StrokePixels(style, size)
        : Math.Max(StrokePixels(style, size), FontPixelSize(style, size) * 0.2);

    /// <summary>The widest a line of text may be so that it and its border stay inside the safe area.</summary>
    public static double SafeWidth(CaptionStyle style, FrameSize size) =>
        Math.Max(1, (size.Width * SafeWidthFraction) - (2 * BorderPixels(style, size)));

    /// <summary>The left and right margins of the safe area.</summary>
    public static int SideMargin(FrameSize size) => (int)Math.Round(size.Width * (1 - SafeWidthFraction) / 2, MidpointRounding.AwayFromZero);
}
