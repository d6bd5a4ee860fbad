namespace Reelforge.Server.Api.Contracts;

/// <summary>MPT's <c>video_transition_mode</c> values as the specification's transition words; others pass unchanged to its rule.</summary>
internal static class TransitionSpelling
{
    public static string? Canonical(string? text) =>
        text?.Trim().ToUpperInvariant() switch
        {
            null or "" => null,
            "NONE" or "NULL" => "none",
            "SHUFFLE" => "random",
            "FADEIN" or "FADEOUT" => "fade",
            "SLIDEIN" or "SLIDEOUT" => "slide",
            "MASK" => "wipe",
            "ZOOMIN" or "ZOOMOUT" => "zoom",
            _ => text,
        };
}
