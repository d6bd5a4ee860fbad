using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Compose;

/// <summary>Maps our transition kinds to ffmpeg xfade transitions, oriented to the frame.</summary>
public static class TransitionCatalog
{
    private static readonly string[] RandomPortrait = ["fade", "slideup", "wipeup", "zoomin", "smoothup", "circleopen", "dissolve"];
    private static readonly string[] RandomLandscape = ["fade", "slideleft", "wipeleft", "zoomin", "smoothleft", "circleopen", "dissolve"];

    /// <summary>The xfade transition name for a kind; <paramref name="random"/> picks for <see cref="TransitionKind.Random"/>.</summary>
    public static string? XfadeName(TransitionKind kind, bool portrait, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return kind switch
        {
            TransitionKind.None => null,
            TransitionKind.Fade => "fade",
            TransitionKind.Slide => portrait ? "slideup" : "slideleft",
            TransitionKind.Wipe => portrait ? "wipeup" : "wipeleft",
            TransitionKind.Zoom => "zoomin",
            TransitionKind.Random => (portrait ? RandomPortrait : RandomLandscape)[random.Next(RandomPortrait.Length)],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown transition kind."),
        };
    }
}
