namespace Reelforge.Core.Narration;

/// <summary>The whole narration: the audio file, its length and every sentence's timing.</summary>
/// <param name="AudioPath">A WAV file; null when there is no voice.</param>
/// <param name="Duration">Length of the narration in seconds (last sentence end).</param>
/// <param name="Voice">ENGINE:VOICE used, or null.</param>
public sealed record NarrationTrack(
    string? AudioPath,
    double Duration,
    IReadOnlyList<SpokenSentence> Sentences,
    string? Voice,
    string Language)
{
    /// <summary>The time span of one scene on the narration track.</summary>
    public (double Start, double End) SceneSpan(int sceneIndex)
    {
        var sentences = Sentences.Where(s => s.SceneIndex == sceneIndex).ToList();
        return sentences.Count == 0 ? (0, 0) : (sentences[0].Start, sentences[^1].End);
    }
}
