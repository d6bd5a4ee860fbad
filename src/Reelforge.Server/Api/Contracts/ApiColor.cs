namespace Reelforge.Server.Api.Contracts;

/// <summary>Colours as MPT clients send them (#RRGGBB from a colour picker, sometimes a basic name) in Core's #RRGGBB[AA] form.</summary>
internal static class ApiColor
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

    /// <summary>A basic colour name as #RRGGBB; anything else unchanged, for the specification's colour rule.</summary>
    public static string? Named(string? text) =>
        text is not null && Names.TryGetValue(text.Trim(), out var named) ? named : text;

    /// <summary>Whether the text means "no colour" ("transparent", "none").</summary>
    public static bool IsTransparent(string? text) =>
        text?.Trim().ToUpperInvariant() is "TRANSPARENT" or "NONE" or "";
}
