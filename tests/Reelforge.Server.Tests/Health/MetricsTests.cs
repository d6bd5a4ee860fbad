using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Reelforge.Data.Tasks;
using Reelforge.Server.Tests.Support;

namespace Reelforge.Server.Tests.Health;

public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_ReportTasksByStateStageDurationsAndRenderSpeedFromTheDatabase()
    {
        await using var factory = new ReelforgeApiFactory(runWorker: false);
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<TaskStore>();
        await AddAsync(store, TaskState.Queued);
        await AddAsync(store, TaskState.Queued);
        await AddAsync(store, TaskState.Failed);
        var done = await AddAsync(store, TaskState.Complete, """{"videos":["final-1.mp4"],"duration":10.0}""");
        await store.StageFinishedAsync(done, "plan", "{}", 0.3, CancellationToken.None);
        await store.StageFinishedAsync(done, "render", "{}", 4, CancellationToken.None);
        await store.StageFinishedAsync(done, "render-2", "{}", 40, CancellationToken.None);
        await store.StageStartingAsync(done, "verify", CancellationToken.None);

        var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE reelforge_tasks gauge\n", text, StringComparison.Ordinal);
        Assert.Contains("reelforge_tasks{state=\"queued\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("reelforge_tasks{state=\"complete\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("reelforge_tasks{state=\"cancelled\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("reelforge_queue_depth 2\n", text, StringComparison.Ordinal);
        Assert.Contains("reelforge_running_tasks 0\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE reelforge_stage_duration_seconds histogram\n", text, StringComparison.Ordinal);
        Assert.Contains("reelforge_stage_duration_seconds_bucket{stage=\"render\",le=\"5\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("reelforge_stage_duration_seconds_bucket{stage=\"render\",le=\"+Inf\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("reelforge_stage_duration_seconds_sum{stage=\"render\"} 44\n", text, StringComparison.Ordinal);
        Assert.Contains("reelforge_stage_duration_seconds_count{stage=\"plan\"} 1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stage=\"verify\"", text, StringComparison.Ordinal);
        Assert.Contains("reelforge_render_speed 2.5\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE process_cpu_seconds_total counter\n", text, StringComparison.Ordinal);
    }

    private static async Task<string> AddAsync(TaskStore store, TaskState state, string? result = null)
    {
        var task = new VideoTask { Id = Guid.NewGuid().ToString(), RequestJson = "{}", State = state, ResultJson = result, FinishedAt = state == TaskState.Complete ? DateTime.UtcNow : null };
        await store.AddAsync(task, CancellationToken.None);
        return task.Id;
    }
}
