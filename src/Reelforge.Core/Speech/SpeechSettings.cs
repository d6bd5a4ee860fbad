namespace Reelforge.Core.Speech;

/// <summary>Per-call synthesis settings.</summary>
/// <param name="Voice">The engine's voice id.</param>
/// <param name="Rate">1.0 = normal speed.</param>
public sealed record SpeechSettings(string Voice, double Rate = 1.0);
