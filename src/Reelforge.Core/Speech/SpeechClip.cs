using Reelforge.Core.Audio;

namespace Reelforge.Core.Speech;

/// <summary>One synthesised utterance, untrimmed, with the engine's word events if it has them.</summary>
public sealed record SpeechClip(PcmAudio Audio, IReadOnlyList<WordBoundary> WordBoundaries);
