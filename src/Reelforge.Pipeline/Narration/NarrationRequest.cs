using Reelforge.Core.Requests;
using Reelforge.Core.Speech;

namespace Reelforge.Pipeline.Narration;

/// <summary>What to narrate, how, and where the narration WAV goes.</summary>
/// <param name="Scenes">The scenes in order; each scene's text is split into sentences.</param>
/// <param name="Options">Rate, pauses, language, no-voice mode.</param>
/// <param name="OutputDirectory">Where narration.wav is written.</param>
public sealed record NarrationRequest(IReadOnlyList<SceneSpec> Scenes, VoiceOptions Options, string OutputDirectory)
{
    /// <summary>The engine that speaks; not needed when <see cref="VoiceOptions.NoVoice"/> is set.</summary>
    public ISpeechEngine? Engine { get; init; }

    /// <summary>The engine's voice id (for example "slt", "cmn").</summary>
    public string? VoiceId { get; init; }
}
