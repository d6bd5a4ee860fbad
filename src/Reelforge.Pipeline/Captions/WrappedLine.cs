namespace Reelforge.Pipeline.Captions;

/// <summary>One line of a wrapped sentence.</summary>
/// <param name="Text">The text shown, ending in "-" when <paramref name="Hyphenated"/>.</param>
/// <param name="Start">Offset in the sentence of the line's first character.</param>
/// <param name="End">Offset in the sentence after the line's last character.</param>
/// <param name="Hyphenated">Whether the line ends inside a word, with a hyphen the layout inserted.</param>
public sealed record WrappedLine(string Text, int Start, int End, bool Hyphenated);
