using System.Globalization;
using System.Text;
using Reelforge.Core.Captions;
using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Captions;

/// <summary>Writes caption cues as an ASS subtitle script for ffmpeg's libass <c>ass</c> filter.</summary>
/// <remarks>
/// Placement: <see cref="CaptionAnchor.Bottom"/> puts the bottom of the text block at Percent of the height
/// (Alignment 2 + MarginV), <see cref="CaptionAnchor.Top"/> its top (Alignment 8 + MarginV), Center and Custom its middle
/// (Alignment 5, with \pos per line unless it is the exact middle), clamped so the block stays inside the frame.
/// With a background colour the style is an opaque box (BorderStyle 3) whose padding is the border; libass cannot
/// draw a stroke around the text as well then.
/// </remarks>
public static class AssWriter
{
    /// <param name="cues">The cues, already wrapped (see <see cref="CaptionCueBuilder"/>).</param>
    /// <param name="style">The caption style the cues were laid out with.</param>
    /// <param name="size">The frame size; also the script's PlayRes, so ASS units are frame pixels.</param>
    /// <param name="fontCellRatio">
    /// Line height over em size of the style's font (<see cref="ITextMeasurer.LineHeight"/> at size 1). libass sizes a
    /// font by its line height, so Fontsize = em × this ratio renders glyphs at the em size the layout measured.
    /// 1 renders text a little smaller than laid out (still inside the safe area).
    /// </param>
    public static string Write(IReadOnlyList<CaptionCue> cues, CaptionStyle style, FrameSize size, double fontCellRatio = 1.0)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(style);
        var fontSize = CaptionMetrics.FontPixelSize(style, size) * fontCellRatio;
        var border = CaptionMetrics.BorderPixels(style, size);
        var boxed = style.BackgroundColor is not null;
        var placement = Placement(style.Position, size);

        var ass = new StringBuilder();
        ass.Append("[Script Info]\n")
            .Append("ScriptType: v4.00+\n")
            .Append(Inv($"PlayResX: {size.Width}\n"))
            .Append(Inv($"PlayResY: {size.Height}\n"))
            .Append("WrapStyle: 2\n")
            .Append("ScaledBorderAndShadow: yes\n")
            .Append("YCbCr Matrix: None\n\n");

        ass.Append("[V4+ Styles]\n")
            .Append("Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n")
            .Append(Inv($"Style: Default,{style.FontFamily.Replace(',', ' ')},{Num(fontSize)},"))
            .Append(AssColor.Style(style.TextColor)).Append(',')
            .Append(AssColor.Style(style.HighlightColor)).Append(',')
            .Append(AssColor.Style(boxed ? style.BackgroundColor! : style.StrokeColor)).Append(',')
            .Append(AssColor.Style(boxed ? style.BackgroundColor! : style.StrokeColor)).Append(',')
            .Append(Inv($"0,0,0,0,100,100,0,0,{(boxed ? 3 : 1)},{Num(border)},0,{placement.Alignment},"))
            .Append(Inv($"{CaptionMetrics.SideMargin(size)},{CaptionMetrics.SideMargin(size)},{placement.MarginV},1\n\n"));

        ass.Append("[Events]\n")
            .Append("Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n");
        foreach (var cue in cues)
        {
            var prefix = Prefix(cue, placement, size, fontSize, border);
            if (style.Mode == CaptionMode.Words && cue.Words.Count > 0)
            {
                foreach (var (start, end, text) in WordEvents(cue, style))
                {
                    Dialogue(ass, start, end, prefix + text);
                }
            }
            else
            {
                Dialogue(ass, cue.Start, cue.End, prefix + AssText.Escape(cue.Text));
            }
        }

        return ass.ToString();
    }

    /// <summary>
    /// One event per word: from the word's start (the cue's start for the first word) to the next word's start (the
    /// cue's end for the last), so the events tile the cue exactly. Each shows the whole cue with that word highlighted.
    /// </summary>
    private static IEnumerable<(double Start, double End, string Text)> WordEvents(CaptionCue cue, CaptionStyle style)
    {
        var display = cue.Text;
        var spans = WordSpans.Find(cue);

        var highlight = @"{\c" + AssColor.Inline(style.HighlightColor)
            + (AssColor.HasAlpha(style.HighlightColor) ? @"\1a" + AssColor.InlineAlpha(style.HighlightColor) : string.Empty) + "}";
        var reset = cue.FontScale < 1 ? @"{\r" + ScaleTags(cue.FontScale) + "}" : @"{\r}";
        for (var i = 0; i < cue.Words.Count; i++)
        {
            var start = i == 0 ? cue.Start : Math.Max(cue.Start, cue.Words[i].Start);
            var end = i == cue.Words.Count - 1 ? cue.End : Math.Min(cue.End, cue.Words[i + 1].Start);
            if (CaptionTimestamp.Round(end, 100) <= CaptionTimestamp.Round(start, 100))
            {
                continue;
            }

            var (at, length) = spans[i];
            var text = at < 0
                ? AssText.Escape(display)
                : AssText.Escape(display[..at], atStart: true, atEnd: false) + highlight
                    + AssText.Escape(display.Substring(at, length), at == 0, at + length == display.Length) + reset
                    + AssText.Escape(display[(at + length)..], atStart: false, atEnd: true);
            yield return (start, end, text);
        }
    }

    private static string Prefix(CaptionCue cue, (int Alignment, int MarginV, double? CenterY) placement, FrameSize size, double fontSize, double border)
    {
        var tags = new StringBuilder();
        if (placement.CenterY is { } y)
        {
            var half = ((cue.Lines.Count * fontSize * cue.FontScale) / 2) + border;
            var clamped = size.Height <= 2 * half ? size.Height / 2.0 : Math.Clamp(y, half, size.Height - half);
            tags.Append(Inv($@"\pos({Num(size.Width / 2.0)},{Num(clamped)})"));
        }

        if (cue.FontScale < 1)
        {
            tags.Append(ScaleTags(cue.FontScale));
        }

        return tags.Length == 0 ? string.Empty : "{" + tags + "}";
    }

    private static string ScaleTags(double scale) => Inv($@"\fscx{Num(scale * 100)}\fscy{Num(scale * 100)}");

    private static (int Alignment, int MarginV, double? CenterY) Placement(CaptionPosition position, FrameSize size)
    {
        var percent = Math.Clamp(position.Percent, 0, 100) / 100;
        return position.Anchor switch
        {
            CaptionAnchor.Top => (8, (int)Math.Round(size.Height * percent, MidpointRounding.AwayFromZero), null),
            CaptionAnchor.Bottom => (2, (int)Math.Round(size.Height * (1 - percent), MidpointRounding.AwayFromZero), null),
            CaptionAnchor.Center when position.Percent == 50 => (5, 0, null),
            _ => (5, 0, size.Height * percent),
        };
    }

    private static void Dialogue(StringBuilder ass, double start, double end, string text) =>
        ass.Append("Dialogue: 0,").Append(CaptionTimestamp.Ass(start)).Append(',').Append(CaptionTimestamp.Ass(end))
            .Append(",Default,,0,0,0,,").Append(text).Append('\n');

    private static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
