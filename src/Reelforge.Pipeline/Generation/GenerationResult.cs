using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Generation;

/// <summary>What a finished generation produced.</summary>
public sealed record GenerationResult(
    string VideoPath,
    string SrtPath,
    string AssPath,
    string ManifestPath,
    double DurationSeconds,
    IReadOnlyDictionary<StageName, double> StageSeconds);
