namespace Reelforge.Core.Narration;

/// <summary>One sentence of the script with its exact span on the narration track and its words.</summary>
public sealed record SpokenSentence(
    int SceneIndex,
    string Text,
    double Start,
    double End,
    IReadOnlyList<WordTiming> Words,
    WordTimingSource TimingSource)
{
    public double Duration => End - Start;
}
