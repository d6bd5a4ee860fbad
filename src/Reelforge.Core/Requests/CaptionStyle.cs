namespace Reelforge.Core.Requests;

/// <summary>How captions look. Colours are #RRGGBB or #RRGGBBAA (alpha 00 = transparent).</summary>
public sealed record CaptionStyle
{
    public CaptionMode Mode { get; init; } = CaptionMode.Sentence;

    /// <summary>A font family name known to fontconfig.</summary>
    public string FontFamily { get; init; } = "Noto Sans";

    /// <summary>Font size in pixels at 1080 pixels of frame width; scaled with the frame.</summary>
    public double FontSize { get; init; } = 60;

    public string TextColor { get; init; } = "#FFFFFF";

    /// <summary>The colour of the word being spoken in <see cref="CaptionMode.Words"/> mode.</summary>
    public string HighlightColor { get; init; } = "#FFD400";

    public string StrokeColor { get; init; } = "#000000";

    public double StrokeWidth { get; init; } = 4;

    /// <summary>Background box colour; null for none.</summary>
    public string? BackgroundColor { get; init; }

    public CaptionPosition Position { get; init; } = CaptionPosition.Bottom;

    public int MaxLines { get; init; } = 2;
}
