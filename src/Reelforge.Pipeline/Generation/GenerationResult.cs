using Reelforge.Core.Requests;
using Reelforge.Core.Writing;

namespace Reelforge.Pipeline.Generation;

/// <summary>What a finished generation produced.</summary>
public sealed record GenerationResult(
    string VideoPath,
    string SrtPath,
    string AssPath,
    string ManifestPath,
    double DurationSeconds,
    IReadOnlyDictionary<StageName, double> StageSeconds)
{
    /// <summary>Title, description and hashtags per platform, when a script writer made them.</summary>
    public IReadOnlyList<SocialMetadata> Metadata { get; init; } = [];
}
