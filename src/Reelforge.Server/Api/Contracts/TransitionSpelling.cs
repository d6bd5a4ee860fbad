using Reelforge.Core.Requests;

namespace Reelforge.Server.Api.Contracts;

/// <summary>MPT's <c>video_transition_mode</c> values (and ours) as Core's <see cref="TransitionKind"/>.</summary>
internal static class TransitionSpelling
{
    public static TransitionKind Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TransitionKind.None;
        }

        return text.Trim().ToUpperInvariant() switch
        {
            "NONE" or "NULL" => TransitionKind.None,
            "SHUFFLE" or "RANDOM" => TransitionKind.Random,
            "FADEIN" or "FADEOUT" or "FADE" => TransitionKind.Fade,
            "SLIDEIN" or "SLIDEOUT" or "SLIDE" => TransitionKind.Slide,
            "MASK" or "WIPE" => TransitionKind.Wipe,
            "ZOOMIN" or "ZOOMOUT" or "ZOOM" => TransitionKind.Zoom,
            _ => throw new ApiValidationException(field, $"{field} must be None, Shuffle, FadeIn, FadeOut, SlideIn, SlideOut or Mask (or fade, slide, wipe, zoom, random), not '{text}'."),
        };
    }
}
