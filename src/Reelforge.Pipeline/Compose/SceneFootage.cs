using Reelforge.Core.Footage;

namespace Reelforge.Pipeline.Compose;

/// <summary>The ranked footage candidates for one scene, probed (videos carry their durations), best first.</summary>
public sealed record SceneFootage(int SceneIndex, IReadOnlyList<FootageItem> Candidates);
