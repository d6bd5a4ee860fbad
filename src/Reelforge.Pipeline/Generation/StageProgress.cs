using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Generation;

/// <summary>A progress report: which stage, how far (0..1), and what it is doing now.</summary>
public sealed record StageProgress(StageName Stage, StageState State, double Fraction, string? Detail = null);
