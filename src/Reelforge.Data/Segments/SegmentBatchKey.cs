namespace Reelforge.Data.Segments;

/// <summary>The rows of one render attempt: a task's video and the batch key naming the attempt.</summary>
public sealed record SegmentBatchKey(string TaskId, int VideoNumber, string BatchKey);
