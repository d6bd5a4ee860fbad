namespace Reelforge.Pipeline.Captions;

/// <summary>A sentence wrapped into lines, and the font scale it needed (1 = the style's size).</summary>
public sealed record WrappedText(IReadOnlyList<WrappedLine> Lines, double FontScale);
