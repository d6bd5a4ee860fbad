namespace Reelforge.Core.Timeline;

/// <summary>A transition into a clip from the previous one; <paramref name="Name"/> is an ffmpeg xfade transition.</summary>
public sealed record ClipTransition(string Name, double Duration);
