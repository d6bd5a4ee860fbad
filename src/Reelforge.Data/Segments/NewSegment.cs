namespace Reelforge.Data.Segments;

/// <summary>A part to record: its work as JSON, and whether its file is already in place.</summary>
public sealed record NewSegment(int Index, string WorkJson, bool Rendered);
