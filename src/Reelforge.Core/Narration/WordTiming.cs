namespace Reelforge.Core.Narration;

/// <summary>A word of the script and when it is spoken, in seconds on the narration track.</summary>
public sealed record WordTiming(string Text, double Start, double End);
