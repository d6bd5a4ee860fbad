namespace Reelforge.Core.Narration;

/// <summary>Where a sentence's word timings came from.</summary>
public enum WordTimingSource
{
    /// <summary>The speech engine's own word events.</summary>
    EngineEvents,

    /// <summary>A syllable-weighted split of the exact sentence span.</summary>
    SyllableWeighted,

    /// <summary>No voice: paced by reading speed.</summary>
    ReadingSpeed,
}
