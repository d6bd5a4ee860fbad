namespace Reelforge.Pipeline.Render.Segments;

/// <summary>
/// The parts of one render attempt. <paramref name="Key"/> names the attempt (the encoder is part of it: parts made
/// by different encoders never join), so finished parts of the same attempt are found again after a crash.
/// </summary>
public sealed record SegmentBatch(string Key, string Encoder, IReadOnlyList<SegmentWork> Segments);
