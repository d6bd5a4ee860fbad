namespace Reelforge.Pipeline.Render.Segments;

/// <summary>Parts finished of all, and the fraction done counting the parts in flight.</summary>
public sealed record SegmentProgress(int Done, int Total, double Fraction);
