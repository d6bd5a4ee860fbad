using System.Globalization;

namespace Reelforge.Pipeline.Captions;

/// <summary>Converts #RRGGBB / #RRGGBBAA (alpha 00 = transparent) to ASS colours (&amp;HAABBGGRR, alpha 00 = opaque).</summary>
public static class AssColor
{
    /// <summary>A style colour: &amp;HAABBGGRR.</summary>
    public static string Style(string color)
    {
        var (r, g, b, a) = Parse(color);
        return string.Create(CultureInfo.InvariantCulture, $"&H{255 - a:X2}{b:X2}{g:X2}{r:X2}");
    }

    /// <summary>An inline override colour: &amp;HBBGGRR&amp; (alpha is set separately).</summary>
    public static string Inline(string color)
    {
        var (r, g, b, _) = Parse(color);
        return string.Create(CultureInfo.InvariantCulture, $"&H{b:X2}{g:X2}{r:X2}&");
    }

    /// <summary>An inline alpha: &amp;HAA&amp; (00 = opaque).</summary>
    public static string InlineAlpha(string color) =>
        string.Create(CultureInfo.InvariantCulture, $"&H{255 - Parse(color).A:X2}&");

    /// <summary>True when the colour is not fully opaque.</summary>
    public static bool HasAlpha(string color) => Parse(color).A != 255;

    /// <summary>Red, green, blue and alpha (255 = opaque) of #RRGGBB or #RRGGBBAA.</summary>
    public static (int R, int G, int B, int A) Parse(string color)
    {
        ArgumentNullException.ThrowIfNull(color);
        var hex = color.Trim().TrimStart('#');
        if ((hex.Length != 6 && hex.Length != 8) || !uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new ArgumentException($"'{color}' is not a colour; use #RRGGBB or #RRGGBBAA.", nameof(color));
        }

        if (hex.Length == 6)
        {
            value = (value << 8) | 0xFF;
        }

        return ((int)(value >> 24), (int)((value >> 16) & 0xFF), (int)((value >> 8) & 0xFF), (int)(value & 0xFF));
    }
}
