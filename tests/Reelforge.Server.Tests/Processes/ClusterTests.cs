using System.Net.Http.Json;
using System.Text.Json;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Processes;

/// <summary>Two <c>reelforge worker</c> processes on one PostgreSQL share the queue: every task runs exactly once.</summary>
public sealed class ClusterTests
{
    private static readonly string[] Stages = ["plan", "narrate", "caption", "gather", "compose", "render", "verify"];

    [Fact]
    public async Task TwoWorkersOnOnePostgres_CompleteABatchOfSix_EachTaskExactlyOnce()
    {
        RequiredTool.Require("ffmpeg");
        await using var database = await PostgresDatabase.CreateAsync(nameof(ClusterTests), CancellationToken.None);
        using var data = new TempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["Reelforge__ConnectionStrings__Reelforge"] = database.ConnectionString,
            ["Reelforge__Jobs__MaxConcurrentRenders"] = "1",
        };
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await using var api = ServerProcess.StartServe(data.Path, environment, "--no-worker");
        await api.WaitReadyAsync(client, TimeSpan.FromSeconds(60));
        await using var workerA = ServerProcess.StartWorker(data.Path, environment);
        await using var workerB = ServerProcess.StartWorker(data.Path, environment);

        using var response = await client.PostAsJsonAsync(new Uri(api.BaseAddress!, "/api/v1/videos/batch"), new
        {
            scripts = Enumerable.Range(1, 6).Select(i => $"Clip number {i} is about volcanoes. Lava flows slowly.").ToArray(),
            defaults = new Dictionary<string, object> { ["short_side"] = 180, ["quality"] = "draft", ["bgm_type"] = "" },
        });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        var ids = json.GetProperty("data").GetProperty("task_ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(6, ids.Count);

        var finished = new List<JsonElement>();
        foreach (var id in ids)
        {
            finished.Add(await TaskPolling.WaitForAsync(client, api.BaseAddress!, id, t => TaskPolling.Status(t) is "complete" or "failed", TimeSpan.FromSeconds(240),
                () => $"worker A:\n{workerA.Output}\nworker B:\n{workerB.Output}"));
        }

        Assert.All(finished, t =>
        {
            Assert.Equal("complete", TaskPolling.Status(t));
            Assert.Equal(1, t.GetProperty("attempts").GetInt32());
            Assert.All(Stages, stage => Assert.Equal(1, TaskPolling.Runs(t, stage)));
        });
        var workers = finished.Select(t => t.GetProperty("worker_id").GetString()).Distinct().ToList();
        Assert.Equal(2, workers.Count);
        Assert.DoesNotContain(workers, w => w!.EndsWith($":{api.Id}", StringComparison.Ordinal));
    }
}
