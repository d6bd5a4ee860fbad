using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Reelforge.Data.Tasks;
using Reelforge.Jobs.Tasks;
using Reelforge.Pipeline.Checkpoints;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary>A stored task as the API shows it: MoneyPrinterTurbo's fields with absolute file URLs, plus ours.</summary>
internal static class TaskViews
{
    private static readonly string[] StageOrder = ["plan", "narrate", "caption", "gather", "compose", "render", "verify"];

    public static TaskView From(VideoTask task, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(task);
        var result = task.ResultJson is null ? null : JsonSerializer.Deserialize<TaskResult>(task.ResultJson, StageCheckpointJson.Options);
        string Url(string file) => $"{baseUrl.TrimEnd('/')}/tasks/{task.Id}/{Uri.EscapeDataString(file)}";
        var videos = result?.Videos.Select(Url).ToList();
        return TaskView.ForState(task.Id, task.State, task.Progress) with
        {
            Videos = videos is { Count: > 0 } ? videos : null,
            CombinedVideos = videos is { Count: > 0 } ? videos : null,
            AudioFile = result?.Audio is { } audio ? Url(audio) : null,
            AudioDuration = task.Kind == TaskKind.Video ? null : result?.Duration,
            SubtitlePath = result is { Subtitles.Count: > 0 } ? Url(result.Subtitles[0]) : null,
            Error = task.Error,
            FailedStage = task.FailedStage,
            Kind = task.Kind.ToString().ToLowerInvariant(),
            Stage = task.Stage,
            Stages = task.Stages.Count == 0 ? null : task.Stages
                .OrderBy(s => Array.IndexOf(StageOrder, s.Stage.Split('-')[0]) + (s.Stage.Contains('-', StringComparison.Ordinal) ? 10 : 0))
                .Select(s => new TaskStageView
                {
                    Name = s.Stage,
                    Done = s.CheckpointJson is not null,
                    Runs = s.Runs,
                    Seconds = s.Seconds,
                    StartedAt = s.StartedAt,
                    FinishedAt = s.FinishedAt,
                }).ToList(),
            VideoCount = task.VideoCount,
            Attempts = task.Attempts,
            BatchId = task.BatchId,
            WorkerId = task.WorkerId,
            Metadata = task.MetadataJson is null ? null : JsonDocument.Parse(task.MetadataJson).RootElement.Clone(),
            CreatedAt = task.CreatedAt,
            UpdatedAt = task.UpdatedAt,
            StartedAt = task.StartedAt,
            FinishedAt = task.FinishedAt,
        };
    }

    /// <summary>The address clients reach this server at: configured, or the one this request came in on.</summary>
    public static string BaseUrl(HttpRequest request, Hosting.ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        return options.PublicUrl?.ToString().TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
