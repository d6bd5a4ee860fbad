using Reelforge.Core.Narration;

namespace Reelforge.Pipeline.Narration;

/// <summary>The narration track and what producing it cost.</summary>
/// <param name="Track">The WAV and every sentence's and word's timing.</param>
/// <param name="SynthesisTime">Time spent inside the speech engine (zero when everything came from the cache).</param>
/// <param name="SynthesizedSentences">Sentences the engine spoke in this run.</param>
/// <param name="CachedSentences">Sentences taken from the speech cache.</param>
public sealed record NarrationResult(NarrationTrack Track, TimeSpan SynthesisTime, int SynthesizedSentences, int CachedSentences);
