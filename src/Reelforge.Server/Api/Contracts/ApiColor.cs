using System.Text.RegularExpressions;

namespace Reelforge.Server.Api.Contracts;

/// <summary>Colours as MPT clients send them (#RRGGBB from a colour picker, sometimes a basic name) in Core's #RRGGBB[AA] form.</summary>
internal static partial class ApiColor
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["white"] = "#FFFFFF",
        ["black"] = "#000000",
        ["red"] = "#FF0000",
        ["green"] = "#008000",
        ["blue"] = "#0000FF",
        ["yellow"] = "#FFFF00",
        ["gray"] = "#808080",
        ["grey"] = "#808080",
    };

    /// <summary>The colour, or <paramref name="fallback"/> when none is given.</summary>
    public static string Parse(string? text, string fallback, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var value = text.Trim();
        if (Names.TryGetValue(value, out var named))
        {
            return named;
        }

        return Hex().IsMatch(value)
            ? "#" + value.TrimStart('#').ToUpperInvariant()
            : throw new ApiValidationException(field, $"{field} must be a colour like #FFD400 or #00000080, not '{text}'.");
    }

    /// <summary>Whether the text means "no colour" ("transparent", "none").</summary>
    public static bool IsTransparent(string? text) =>
        text?.Trim().ToUpperInvariant() is "TRANSPARENT" or "NONE" or "";

    [GeneratedRegex("^#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$")]
    private static partial Regex Hex();
}
