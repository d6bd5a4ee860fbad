namespace Reelforge.Pipeline.Narration;

/// <summary>A sentence of a scene, before it is spoken.</summary>
internal sealed record PlannedSentence(int SceneIndex, string Text, bool StartsScene);
