using Reelforge.Core.Requests;
using Reelforge.Core.Writing;

namespace Reelforge.Pipeline.Generation;

/// <summary>What a generation produced; a staged run (audio or captions only) has no video and no manifest.</summary>
public sealed record GenerationResult(
    string? VideoPath,
    string? SrtPath,
    string? AssPath,
    string? ManifestPath,
    double DurationSeconds,
    IReadOnlyDictionary<StageName, double> StageSeconds)
{
    /// <summary>Title, description and hashtags per platform, when a script writer made them.</summary>
    public IReadOnlyList<SocialMetadata> Metadata { get; init; } = [];

    /// <summary>The narration as a WAV file, written by a run that stopped after narrating.</summary>
    public string? AudioPath { get; init; }

    /// <summary>The voice that spoke (ENGINE:VOICE), or null without one.</summary>
    public string? Voice { get; init; }

    public string? Language { get; init; }
}
