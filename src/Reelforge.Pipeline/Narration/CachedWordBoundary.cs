namespace Reelforge.Pipeline.Narration;

/// <summary>One engine word event as stored in the speech cache (time relative to the trimmed clip).</summary>
internal sealed record CachedWordBoundary(int Offset, int Length, double Seconds);
