using Reelforge.Core.Narration;

namespace Reelforge.Core.Captions;

/// <summary>One caption on screen: its lines (already wrapped) and the words with their timings.</summary>
public sealed record CaptionCue(double Start, double End, IReadOnlyList<string> Lines, IReadOnlyList<WordTiming> Words, double FontScale = 1.0)
{
    public string Text => string.Join("\n", Lines);

    /// <summary>The exact part of the sentence this cue shows, unwrapped and without inserted hyphens; null when unknown.</summary>
    public string? SourceText { get; init; }

    /// <summary>Indices of lines that end in a hyphen the layout inserted to split an over-long word (the next line continues it).</summary>
    public IReadOnlyList<int> HyphenatedLines { get; init; } = [];
}
