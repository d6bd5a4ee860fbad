namespace Reelforge.Pipeline.Render.Segments;

/// <summary>How one part was made: its time, by whom, and whether it was found already rendered.</summary>
public sealed record SegmentOutcome(int Index, int Frames, double Seconds, string Worker, bool Reused);
