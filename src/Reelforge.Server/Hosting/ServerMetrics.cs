using System.Diagnostics;
using System.Text.Json;
using Reelforge.Data.Tasks;
using Reelforge.Jobs.Tasks;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Hosting;

/// <summary>
/// Gathers <c>/metrics</c> on each scrape from the database, which every node shares: task counts, queue depth, stage
/// durations (a histogram over the finished rows of <c>task_stages</c>) and render speed. Computing from the rows rather
/// than recording in process makes every node report the same cluster-wide numbers and keeps them across restarts; the
/// cost is one small query per scrape, and deleting tasks can lower the histogram (Prometheus reads that as a reset).
/// </summary>
internal sealed class ServerMetrics(TaskStore store, RunningTasks running)
{
    /// <summary>Upper bounds of the stage-duration buckets, in seconds: sub-second plans up to half-hour renders.</summary>
    public static IReadOnlyList<double> StageBuckets { get; } = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800];

    /// <summary>How many of the last completed tasks the render speed averages over.</summary>
    public const int RenderSpeedWindow = 20;

    public async Task<string> ScrapeAsync(CancellationToken cancellationToken)
    {
        var counts = await store.CountByStateAsync(cancellationToken);
        var stages = await store.FinishedStagesAsync(cancellationToken);
        var completed = await store.RecentlyCompletedAsync(RenderSpeedWindow, cancellationToken);

        var text = new PrometheusText()
            .Gauge("reelforge_tasks", "Tasks in the database by state.", "state",
                counts.OrderBy(c => c.Key).Select(c => KeyValuePair.Create(TaskStateCodes.NameOf(c.Key), (double)c.Value)))
            .Gauge("reelforge_queue_depth", "Tasks waiting for a worker (queued or waiting to retry).", counts.GetValueOrDefault(TaskState.Queued) + counts.GetValueOrDefault(TaskState.RetryWait))
            .Gauge("reelforge_running_tasks", "Tasks rendering in this process.", running.Count)
            .Histogram("reelforge_stage_duration_seconds", "How long finished pipeline stages took, by stage.", "stage", StageBuckets, StageDurations(stages))
            .Gauge("reelforge_render_speed", $"Seconds of video per second of render, averaged over the last {RenderSpeedWindow} completed tasks (0 when none).", RenderSpeed(completed));
        AppendProcess(text);
        return text.ToString();
    }

    /// <summary>Finished stage seconds grouped by stage; "render-2" (a task's second video) counts as "render".</summary>
    internal static IEnumerable<KeyValuePair<string, IReadOnlyList<double>>> StageDurations(IEnumerable<TaskStage> stages) =>
        stages.Where(s => s.Seconds is not null)
            .GroupBy(s => BaseStage(s.Stage), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<double>)g.Select(s => s.Seconds!.Value).ToList()));

    /// <summary>The mean, over tasks with a duration and a timed render, of video seconds (the first video) per render second.</summary>
    internal static double RenderSpeed(IEnumerable<VideoTask> completed)
    {
        var speeds = new List<double>();
        foreach (var task in completed)
        {
            var render = task.Stages.FirstOrDefault(s => s.Stage == "render")?.Seconds;
            if (render is > 0 && Duration(task.ResultJson) is { } duration && duration > 0)
            {
                speeds.Add(duration / render.Value);
            }
        }

        return speeds.Count == 0 ? 0 : speeds.Average();
    }

    private static double? Duration(string? resultJson)
    {
        if (string.IsNullOrEmpty(resultJson))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(resultJson);
            return document.RootElement.TryGetProperty("duration", out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string BaseStage(string stage)
    {
        var dash = stage.LastIndexOf('-');
        return dash > 0 && stage[(dash + 1)..].All(char.IsAsciiDigit) ? stage[..dash] : stage;
    }

    private static void AppendProcess(PrometheusText text)
    {
        using var process = Process.GetCurrentProcess();
        text.Counter("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", process.TotalProcessorTime.TotalSeconds)
            .Gauge("process_resident_memory_bytes", "Resident memory size in bytes.", process.WorkingSet64)
            .Gauge("process_start_time_seconds", "Start time of the process since unix epoch in seconds.",
                new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds() / 1000.0);
    }
}
