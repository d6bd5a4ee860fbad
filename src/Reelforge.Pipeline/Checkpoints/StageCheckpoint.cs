namespace Reelforge.Pipeline.Checkpoints;

/// <summary>A finished stage: its result as JSON and how long it took.</summary>
public sealed record StageCheckpoint(string Json, double Seconds);
