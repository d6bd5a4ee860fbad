namespace Reelforge.Pipeline.Captions;

/// <summary>
/// Wraps a sentence into balanced lines no wider than a given width, using real text measurements.
/// </summary>
/// <remarks>
/// A word wider than a line is first handled by shrinking the whole sentence's font, when a scale of at least
/// <see cref="MinFontScale"/> makes it fit (a slightly smaller caption reads better than a broken word); a longer word
/// is split into pieces ending in an inserted "-". Lines are balanced: the fewest lines the text needs, with the
/// line widths as even as possible, so the last line is not a lone orphan word.
/// Latin-like text breaks only at whitespace (a run of whitespace becomes one space in the lines); CJK text breaks
/// between characters, never before closing punctuation nor after opening punctuation.
/// </remarks>
public static class CaptionLayout
{
    /// <summary>The smallest font scale used to fit an over-long word before hyphenating it instead.</summary>
    public const double MinFontScale = 0.8;

    public static WrappedText Wrap(string text, string fontFamily, double pixelSize, double maxWidth, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(measurer);
        var tokens = CaptionTokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return new WrappedText([], 1);
        }

        var scale = 1.0;
        var widest = tokens.Max(t => measurer.Measure(t.Text, fontFamily, pixelSize));
        if (widest > maxWidth)
        {
            var fit = Math.Floor(maxWidth / widest * 1000) / 1000;
            if (fit >= MinFontScale)
            {
                scale = fit;
            }
            else
            {
                tokens = Hyphenate(tokens, fontFamily, pixelSize, maxWidth, measurer);
            }
        }

        var size = pixelSize * scale;
        var widths = tokens.Select(t => measurer.Measure(t.Display, fontFamily, size)).ToArray();
        var space = measurer.Measure(" ", fontFamily, size);
        var lineEnds = LineBreaker.Break(tokens, widths, space, maxWidth);

        var lines = new List<WrappedLine>(lineEnds.Count);
        var begin = 0;
        foreach (var end in lineEnds)
        {
            lines.Add(Line(tokens, begin, end));
            begin = end;
        }

        return new WrappedText(lines, scale);
    }

    private static WrappedLine Line(IReadOnlyList<CaptionToken> tokens, int begin, int end)
    {
        var text = new System.Text.StringBuilder(tokens[begin].Display);
        for (var i = begin + 1; i < end; i++)
        {
            text.Append(tokens[i].SpaceBefore ? " " : string.Empty).Append(tokens[i].Display);
        }

        return new WrappedLine(text.ToString(), tokens[begin].Start, tokens[end - 1].End, tokens[end - 1].HyphenAfter);
    }

    private static List<CaptionToken> Hyphenate(
        IReadOnlyList<CaptionToken> tokens, string fontFamily, double pixelSize, double maxWidth, ITextMeasurer measurer)
    {
        var result = new List<CaptionToken>();
        foreach (var token in tokens)
        {
            if (measurer.Measure(token.Text, fontFamily, pixelSize) <= maxWidth)
            {
                result.Add(token);
                continue;
            }

            var piece = string.Empty;
            var pieceStart = token.Start;
            var offset = token.Start;
            var first = true;
            foreach (var cluster in CaptionTokenizer.Clusters(token.Text))
            {
                if (piece.Length > 0 && measurer.Measure(piece + cluster + "-", fontFamily, pixelSize) > maxWidth)
                {
                    result.Add(new CaptionToken(piece, pieceStart, offset, first && token.SpaceBefore, HyphenAfter: true));
                    first = false;
                    piece = string.Empty;
                    pieceStart = offset;
                }

                piece += cluster;
                offset += cluster.Length;
            }

            result.Add(new CaptionToken(piece, pieceStart, offset, first && token.SpaceBefore));
        }

        return result;
    }
}
