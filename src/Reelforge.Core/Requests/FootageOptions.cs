namespace Reelforge.Core.Requests;

/// <summary>Where footage comes from and how it is cut.</summary>
public sealed record FootageOptions
{
    /// <summary>Local directories of videos and images; empty = procedural backgrounds only.</summary>
    public IReadOnlyList<string> Directories { get; init; } = [];

    /// <summary>Stock providers to search per scene ("pexels", "pixabay"), in order.</summary>
    public IReadOnlyList<string> StockSources { get; init; } = [];

    /// <summary>
    /// True when the request named no sources and got every configured one: a source that fails then only leaves
    /// its share to the others (logged), instead of failing the video the user did not ask it for.
    /// </summary>
    public bool EveryConfiguredSource { get; init; }

    public double ClipMinSeconds { get; init; } = 3;

    public double ClipMaxSeconds { get; init; } = 5;

    public ClipOrder Order { get; init; } = ClipOrder.Random;

    public FootageFit Fit { get; init; } = FootageFit.Crop;
}
