namespace Reelforge.Jobs.Tasks;

/// <summary>The files a task produced, relative to its directory (stored as the task's result JSON).</summary>
public sealed record TaskResult
{
    public IReadOnlyList<string> Videos { get; init; } = [];

    public IReadOnlyList<string> Subtitles { get; init; } = [];

    public IReadOnlyList<string> Manifests { get; init; } = [];

    public string? Audio { get; init; }

    public double? Duration { get; init; }
}
