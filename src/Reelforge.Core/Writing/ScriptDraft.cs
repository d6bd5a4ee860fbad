using Reelforge.Core.Requests;

namespace Reelforge.Core.Writing;

/// <summary>A written script split into scenes with stock-footage search terms, plus what the calls cost.</summary>
public sealed record ScriptDraft(string Language, IReadOnlyList<SceneSpec> Scenes, IReadOnlyList<LlmUsage> Usage)
{
    public string Script => string.Join("\n\n", Scenes.Select(s => s.Text));
}
