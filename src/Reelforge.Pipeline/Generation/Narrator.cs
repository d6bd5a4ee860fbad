using Reelforge.Core.Speech;

namespace Reelforge.Pipeline.Generation;

/// <summary>The voice chosen for a video: the engine and its voice.</summary>
public sealed record Narrator(ISpeechEngine Engine, VoiceInfo Voice);
