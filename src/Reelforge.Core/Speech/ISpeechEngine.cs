namespace Reelforge.Core.Speech;

/// <summary>A text-to-speech engine.</summary>
public interface ISpeechEngine
{
    /// <summary>The engine name used in ENGINE:VOICE (for example "flite", "espeak").</summary>
    string Name { get; }

    /// <summary>Whether the engine can run here (binary or library installed).</summary>
    bool IsAvailable { get; }

    /// <summary>A version string for the manifest.</summary>
    string Version { get; }

    /// <summary>
    /// For an engine reached over the network with a key (a cloud engine): how to configure that key. Null for an
    /// engine installed here. A cloud engine is optional: when it cannot list its voices it is left out, not fatal.
    /// </summary>
    string? KeyHint => null;

    /// <summary>The voices installed.</summary>
    Task<IReadOnlyList<VoiceInfo>> ListVoicesAsync(CancellationToken cancellationToken);

    /// <summary>Synthesises one utterance (one sentence).</summary>
    Task<SpeechClip> SynthesizeAsync(string text, SpeechSettings settings, CancellationToken cancellationToken);
}
