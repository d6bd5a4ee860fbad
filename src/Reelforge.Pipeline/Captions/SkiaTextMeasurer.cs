using System.Text;
using SkiaSharp;

namespace Reelforge.Pipeline.Captions;

/// <summary>
/// Measures text with real font metrics, choosing a font per grapheme cluster the way libass and fontconfig do:
/// the requested family when it has the glyphs, else the font fontconfig offers for that character
/// (Noto Sans CJK for Chinese, Noto Color Emoji for emoji).
/// </summary>
/// <remarks>
/// libass scales every font, fallbacks included, to the same line height (ascent + descent), so a fallback font is
/// measured at the em size that gives it the primary font's line height. Metrics are linear (no hinting), like libass.
/// Emoji sequences (ZWJ, skin tones, flags, keycaps) are measured as one glyph, as HarfBuzz shapes them.
/// </remarks>
public sealed class SkiaTextMeasurer : ITextMeasurer, IDisposable
{
    private const float ReferenceSize = 256;

    private readonly Lock gate = new();
    private readonly Dictionary<string, SKTypeface> primaries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Family, int CodePoint), SKTypeface> fallbacks = [];
    private readonly Dictionary<(string Family, string Cluster), double> clusterWidths = [];
    private readonly List<SKTypeface> owned = [];
    private bool disposed;

    public double Measure(string text, string fontFamily, double pixelSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fontFamily);
        var width = 0.0;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            foreach (var cluster in CaptionTokenizer.Clusters(text))
            {
                if (!clusterWidths.TryGetValue((fontFamily, cluster), out var w))
                {
                    w = MeasureCluster(cluster, fontFamily);
                    clusterWidths[(fontFamily, cluster)] = w;
                }

                width += w;
            }
        }

        return width * pixelSize / ReferenceSize;
    }

    public double LineHeight(string fontFamily, double pixelSize)
    {
        ArgumentNullException.ThrowIfNull(fontFamily);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return CellRatio(Primary(fontFamily)) * pixelSize;
        }
    }

    /// <summary>The family of the font that draws <paramref name="codePoint"/> when <paramref name="fontFamily"/> is asked for.</summary>
    public string FontFor(int codePoint, string fontFamily)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return Face(fontFamily, [codePoint]).FamilyName;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            foreach (var typeface in owned)
            {
                typeface.Dispose();
            }

            owned.Clear();
        }
    }

    private static float CellRatio(SKTypeface typeface)
    {
        using var font = new SKFont(typeface, ReferenceSize);
        var metrics = font.Metrics;
        var height = metrics.Descent - metrics.Ascent;
        return height > 0 ? height / ReferenceSize : 1f;
    }

    private static SKFont LinearFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        Hinting = SKFontHinting.None,
        Subpixel = true,
        LinearMetrics = true,
    };

    private static bool HasGlyph(SKTypeface typeface, int codePoint) => typeface.GetGlyph(codePoint) != 0;

    private double MeasureCluster(string cluster, string fontFamily)
    {
        var codePoints = new List<int>();
        var joinsEmoji = false;
        foreach (var rune in cluster.EnumerateRunes())
        {
            joinsEmoji |= ScriptClass.JoinsEmoji(rune.Value);
            if (!ScriptClass.IsIgnorable(rune.Value))
            {
                codePoints.Add(rune.Value);
            }
        }

        if (codePoints.Count == 0)
        {
            return 0;
        }

        var face = Face(fontFamily, codePoints);
        if (!codePoints.TrueForAll(cp => HasGlyph(face, cp)))
        {
            // no one font has them all: libass draws each code point in its own fallback font
            return codePoints.Count == 1
                ? Advance(fontFamily, face, char.ConvertFromUtf32(codePoints[0]))
                : codePoints.Sum(cp => MeasureCluster(char.ConvertFromUtf32(cp), fontFamily));
        }

        if (joinsEmoji && codePoints.Count > 1)
        {
            // HarfBuzz shapes the sequence into one glyph
            return codePoints.Max(cp => Advance(fontFamily, face, char.ConvertFromUtf32(cp)));
        }

        var text = new StringBuilder();
        foreach (var cp in codePoints)
        {
            text.Append(char.ConvertFromUtf32(cp));
        }

        return Advance(fontFamily, face, text.ToString());
    }

    private double Advance(string fontFamily, SKTypeface face, string text)
    {
        // libass gives every font the primary font's line height
        var size = ReferenceSize * CellRatio(Primary(fontFamily)) / CellRatio(face);
        using var font = LinearFont(face, size);
        return font.MeasureText(text);
    }

    private SKTypeface Primary(string fontFamily)
    {
        if (!primaries.TryGetValue(fontFamily, out var typeface))
        {
            // like fontconfig, an unknown family gets the default font rather than nothing
            var found = SKTypeface.FromFamilyName(fontFamily);
            typeface = found ?? SKTypeface.Default;
            primaries[fontFamily] = typeface;
            if (found is not null)
            {
                owned.Add(found);
            }
        }

        return typeface;
    }

    private SKTypeface Face(string fontFamily, List<int> codePoints)
    {
        var primary = Primary(fontFamily);
        if (codePoints.TrueForAll(cp => HasGlyph(primary, cp)))
        {
            return primary;
        }

        var first = codePoints[0];
        if (!fallbacks.TryGetValue((fontFamily, first), out var fallback))
        {
            fallback = SKFontManager.Default.MatchCharacter(fontFamily, SKFontStyle.Normal, null, first) ?? primary;
            if (!ReferenceEquals(fallback, primary))
            {
                owned.Add(fallback);
            }

            fallbacks[(fontFamily, first)] = fallback;
        }

        return fallback;
    }
}
