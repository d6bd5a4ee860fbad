using Reelforge.Core.Requests;
using Reelforge.Data.Tasks;

namespace Reelforge.Jobs.Tasks;

/// <summary>What a client submits: the request, how far to take it, and the extras of the API.</summary>
public sealed record TaskSubmission(VideoRequest Request, TaskKind Kind = TaskKind.Video)
{
    /// <summary>The client's own body, echoed back as the task's params.</summary>
    public string? ParamsJson { get; init; }

    public int VideoCount { get; init; } = 1;

    public Uri? CallbackUrl { get; init; }

    public string? BatchId { get; init; }
}
