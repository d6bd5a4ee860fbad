using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reelforge.Data.Tasks;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Health;

public sealed class PostgresHealthAndMetricsTests
{
    [Fact]
    public async Task ReadyAndMetrics_OnPostgres_AnswerFromTheSharedDatabase()
    {
        await using var database = await PostgresDatabase.CreateAsync(nameof(PostgresHealthAndMetricsTests));
        await using var factory = new ReelforgeApiFactory(postgres: database.ConnectionString, runWorker: false);
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<TaskStore>();
        var task = new VideoTask { Id = Guid.NewGuid().ToString(), RequestJson = "{}", State = TaskState.Complete, ResultJson = """{"duration":6}""", FinishedAt = DateTime.UtcNow };
        await store.AddAsync(task, CancellationToken.None);
        await store.StageFinishedAsync(task.Id, "render", "{}", 3, CancellationToken.None);

        var ready = await client.GetAsync("/health/ready");
        var metrics = await client.GetStringAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").EnumerateArray();
        Assert.Equal("postgresql", checks.Single(c => c.GetProperty("name").GetString() == "database").GetProperty("description").GetString());
        Assert.Contains("reelforge_tasks{state=\"complete\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("reelforge_stage_duration_seconds_count{stage=\"render\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("reelforge_render_speed 2\n", metrics, StringComparison.Ordinal);
    }
}
