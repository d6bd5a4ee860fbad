namespace Reelforge.Core.Requests;

/// <summary>The transition between adjacent clips; each maps to an ffmpeg xfade transition.</summary>
public enum TransitionKind
{
    None,
    Fade,
    Slide,
    Wipe,
    Zoom,
    Random,
}
