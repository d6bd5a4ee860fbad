using System.Text.RegularExpressions;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// Turns MPT's <c>font_name</c> into a font family installed here. MPT names font files it ships (Chinese fonts, and a
/// few Latin display fonts); those become Noto Sans CJK SC (which also covers Latin) and Noto Sans. A name without a
/// font-file extension is taken as a family name of ours.
/// </summary>
internal static partial class CaptionFontFamily
{
    public const string Latin = "Noto Sans";

    public const string Chinese = "Noto Sans CJK SC";

    private static readonly Dictionary<string, string> MptFonts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MicrosoftYaHeiBold.ttc"] = Chinese,
        ["MicrosoftYaHeiNormal.ttc"] = Chinese,
        ["STHeitiLight.ttc"] = Chinese,
        ["STHeitiMedium.ttc"] = Chinese,
        ["UTM Kabel KT.ttf"] = Latin,
        ["Charm-Bold.ttf"] = Latin,
        ["Charm-Regular.ttf"] = Latin,
    };

    public static string Resolve(string? fontName, string field)
    {
        if (string.IsNullOrWhiteSpace(fontName))
        {
            return Latin;
        }

        var name = fontName.Trim();
        if (MptFonts.TryGetValue(name, out var family))
        {
            return family;
        }

        if (FontFile().IsMatch(name))
        {
            throw new ApiValidationException(field, $"{field} '{fontName}' is not a font this server has; use one of {string.Join(", ", MptFonts.Keys)} or a family name such as \"{Latin}\" or \"{Chinese}\".");
        }

        // Any other name is a family of ours, checked by the request specification's font rule like on every face.
        return name;
    }

    [GeneratedRegex(@"\.(ttf|ttc|otf|otc|woff2?)$", RegexOptions.IgnoreCase)]
    private static partial Regex FontFile();
}
