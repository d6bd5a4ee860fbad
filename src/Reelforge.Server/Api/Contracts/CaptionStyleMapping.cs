using Reelforge.Core.Requests;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The caption fields of <see cref="VideoParams"/> (MPT's subtitle settings and ours) as Core's <see cref="CaptionStyle"/>.</summary>
internal static class CaptionStyleMapping
{
    public static CaptionStyle Map(VideoParams body)
    {
        var defaults = new CaptionStyle();
        var mode = ApiFieldRules.Choice(body.Captions, defaults.Mode, "captions", "sentence, words or off");
        if (body.SubtitleEnabled == false)
        {
            mode = CaptionMode.Off;
        }

        return new CaptionStyle
        {
            Mode = mode,
            FontFamily = CaptionFontFamily.Resolve(body.FontName, "font_name"),
            FontSize = ApiFieldRules.Range(body.FontSize, 60, "font_size", 8, 400),
            TextColor = ApiColor.Parse(body.TextForeColor, defaults.TextColor, "text_fore_color"),
            HighlightColor = ApiColor.Parse(body.HighlightColor, defaults.HighlightColor, "highlight_color"),
            StrokeColor = ApiColor.Parse(body.StrokeColor, defaults.StrokeColor, "stroke_color"),
            StrokeWidth = ApiFieldRules.Range(body.StrokeWidth, 1.5, "stroke_width", 0, 40),
            BackgroundColor = Background(body.TextBackgroundColor),
            Position = Position(body),
            MaxLines = ApiFieldRules.Range(body.MaxLines, defaults.MaxLines, "max_lines", 1, 6),
        };
    }

    /// <summary>MPT's <c>true</c> draws a box; ours is translucent black so the footage still shows through.</summary>
    private static string? Background(SubtitleBackground? background) =>
        background switch
        {
            null or { Enabled: false } => null,
            { Color: null } => "#000000A0",
            { Color: var color } when ApiColor.IsTransparent(color) => null,
            { Color: var color } => ApiColor.Parse(color, "#000000A0", "text_background_color"),
        };

    private static CaptionPosition Position(VideoParams body)
    {
        var text = string.IsNullOrWhiteSpace(body.SubtitlePosition) ? "bottom" : body.SubtitlePosition.Trim();
        if (string.Equals(text, "custom", StringComparison.OrdinalIgnoreCase))
        {
            var percent = ApiFieldRules.Range(body.CustomPosition, 70.0, "custom_position", 0, 100);
            return new CaptionPosition(CaptionAnchor.Custom, percent);
        }

        return CaptionPosition.TryParse(text, out var position)
            ? position
            : throw new ApiValidationException("subtitle_position", $"subtitle_position must be top, bottom, center or custom, not '{body.SubtitlePosition}'.");
    }
}
