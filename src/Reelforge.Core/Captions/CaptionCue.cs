using Reelforge.Core.Narration;

namespace Reelforge.Core.Captions;

/// <summary>One caption on screen: its lines (already wrapped) and the words with their timings.</summary>
public sealed record CaptionCue(double Start, double End, IReadOnlyList<string> Lines, IReadOnlyList<WordTiming> Words, double FontScale = 1.0)
{
    public string Text => string.Join("\n", Lines);
}
