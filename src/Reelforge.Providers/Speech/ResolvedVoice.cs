using Reelforge.Core.Speech;

namespace Reelforge.Providers.Speech;

/// <summary>A voice found in the registry, with the engine that speaks it.</summary>
public sealed record ResolvedVoice(ISpeechEngine Engine, VoiceInfo Voice)
{
    public string Key => Voice.Key;
}
