namespace Reelforge.Core.Requests;

/// <summary>One scene as the user gave it: narration text, optional search terms and media files.</summary>
public sealed record SceneSpec(string Text, IReadOnlyList<string>? SearchTerms = null, IReadOnlyList<string>? Media = null)
{
    public IReadOnlyList<string> Terms => SearchTerms ?? [];

    public IReadOnlyList<string> MediaPaths => Media ?? [];
}
