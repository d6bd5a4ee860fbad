namespace Reelforge.Core.Timeline;

/// <summary>
/// The sound of the video. Gains are computed from measured loudness so that the narration lands on
/// <see cref="TargetLufs"/>; the music sits <see cref="DuckDecibels"/> lower still while the voice speaks.
/// </summary>
public sealed record AudioPlan(
    string? NarrationPath,
    double NarrationGainDb,
    string? MusicPath,
    double MusicGainDb,
    double DuckDecibels,
    double FadeOutSeconds,
    double TargetLufs = -14,
    double PeakLimitDb = -2);
