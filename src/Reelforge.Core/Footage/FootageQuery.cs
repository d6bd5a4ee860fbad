namespace Reelforge.Core.Footage;

/// <summary>What a scene needs: its search terms and how much footage.</summary>
public sealed record FootageQuery(int SceneIndex, IReadOnlyList<string> Terms, double MinDurationSeconds, bool Portrait);
