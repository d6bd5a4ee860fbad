namespace Reelforge.Core.Requests;

/// <summary>Background music: a file, the built-in bed, or none.</summary>
public sealed record MusicOptions
{
    /// <summary>An audio file; null = the built-in generated music bed (unless <see cref="None"/>).</summary>
    public string? File { get; init; }

    public bool None { get; init; }

    /// <summary>Music level relative to full scale before ducking, 0..1.</summary>
    public double Volume { get; init; } = 0.2;

    /// <summary>How far the music is pulled down under the voice, in dB (at least 10).</summary>
    public double DuckDecibels { get; init; } = 14;

    public double FadeOutSeconds { get; init; } = 1.5;
}
