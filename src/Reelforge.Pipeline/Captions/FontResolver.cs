using SkiaSharp;

namespace Reelforge.Pipeline.Captions;

/// <summary>Answers whether a font family is installed (through fontconfig, as libass sees it).</summary>
public static class FontResolver
{
    /// <summary>True when fontconfig has <paramref name="family"/> itself, not a substitute for it.</summary>
    public static bool Exists(string family)
    {
        if (string.IsNullOrWhiteSpace(family))
        {
            return false;
        }

        using var typeface = SKFontManager.Default.MatchFamily(family.Trim(), SKFontStyle.Normal);
        return typeface is not null && string.Equals(typeface.FamilyName, family.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
