namespace Reelforge.Core.Requests;

/// <summary>Transitions between adjacent clips.</summary>
public sealed record TransitionOptions
{
    public TransitionKind Kind { get; init; } = TransitionKind.Fade;

    public double DurationSeconds { get; init; } = 0.5;
}
