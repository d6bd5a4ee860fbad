namespace Reelforge.Pipeline.Generation;

/// <summary>Where a stage is.</summary>
public enum StageState
{
    Running,
    Completed,
}
