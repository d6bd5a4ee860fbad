namespace Reelforge.Core.Speech;

/// <summary>Where a word of the input text starts in the synthesised audio, as the engine reported it.</summary>
/// <param name="TextOffset">Character offset of the word in the synthesised text.</param>
/// <param name="TextLength">Length of the word in characters.</param>
/// <param name="AudioOffsetSeconds">Time of the word's start in the engine's output.</param>
public sealed record WordBoundary(int TextOffset, int TextLength, double AudioOffsetSeconds);
