namespace Reelforge.Core.Timeline;

/// <summary>The sound of the video: narration, music under it, and the loudness target.</summary>
public sealed record AudioPlan(
    string? NarrationPath,
    double NarrationVolume,
    string? MusicPath,
    double MusicVolume,
    double DuckDecibels,
    double FadeOutSeconds,
    double TargetLufs = -14,
    double TruePeakDb = -1.5);
