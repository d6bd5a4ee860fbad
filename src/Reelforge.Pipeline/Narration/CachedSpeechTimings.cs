namespace Reelforge.Pipeline.Narration;

/// <summary>The JSON stored beside a cached sentence WAV.</summary>
internal sealed record CachedSpeechTimings(string Text, string Voice, IReadOnlyList<CachedWordBoundary> Words);
