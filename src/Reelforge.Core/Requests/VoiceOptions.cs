namespace Reelforge.Core.Requests;

/// <summary>Narration settings.</summary>
public sealed record VoiceOptions
{
    /// <summary>The voice; null picks one that speaks <see cref="Language"/>.</summary>
    public VoiceSelection? Voice { get; init; }

    /// <summary>Speaking rate multiplier, 1.0 = the engine's normal speed.</summary>
    public double Rate { get; init; } = 1.0;

    /// <summary>Narration volume multiplier before loudness normalisation.</summary>
    public double Volume { get; init; } = 1.0;

    /// <summary>BCP-47-ish language code ("en", "zh", "es"); null = detect from the text.</summary>
    public string? Language { get; init; }

    /// <summary>No narration: captions are paced by reading speed, music only.</summary>
    public bool NoVoice { get; init; }

    /// <summary>Pause inserted between sentences, seconds.</summary>
    public double SentencePause { get; init; } = 0.3;

    /// <summary>Pause inserted between scenes, seconds.</summary>
    public double ScenePause { get; init; } = 0.5;
}
