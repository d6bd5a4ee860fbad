using System.Globalization;
using System.Text.Json;
using Reelforge.Data;
using Reelforge.Data.Segments;
using Reelforge.Pipeline.Checkpoints;
using Reelforge.Pipeline.Render.Segments;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Processes;

/// <summary>
/// A long video's parts are units of work: with an API server and two <c>reelforge worker</c> processes on one
/// PostgreSQL, the parts of one task are rendered on both workers, each exactly once, and joined into one video.
/// </summary>
public sealed class SegmentFanOutTests
{
    [Fact]
    public async Task TwoWorkersOnOnePostgres_RenderTheSegmentsOfOneVideo_EachExactlyOnce()
    {
        RequiredTool.Require("ffmpeg");
        RequiredTool.Require("ffprobe");
        await using var database = await PostgresDatabase.CreateAsync(nameof(SegmentFanOutTests), CancellationToken.None);
        using var data = new TempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["Reelforge__ConnectionStrings__Reelforge"] = database.ConnectionString,
            ["Reelforge__Jobs__MaxConcurrentRenders"] = "1",
            ["Reelforge__Render__SegmentSeconds"] = "5",
            ["Reelforge__Render__SegmentsInFlight"] = "1",
        };
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await using var api = ServerProcess.StartServe(data.Path, environment, "--no-worker");
        await api.WaitReadyAsync(client, TimeSpan.FromSeconds(60));
        await using var workerA = ServerProcess.StartWorker(data.Path, environment);
        await using var workerB = ServerProcess.StartWorker(data.Path, environment);

        var taskId = await TaskPolling.SubmitAsync(client, api.BaseAddress!, new Dictionary<string, object>
        {
            // About twenty seconds of narration: four parts or so of five seconds.
            ["video_script"] = string.Join("\n\n", Enumerable.Repeat("Volcanoes are openings in the crust where molten rock escapes. Some sleep for centuries before they wake.", 4)),
            ["short_side"] = 360,
            ["quality"] = "draft",
            ["bgm_type"] = "",
        });
        var done = await TaskPolling.WaitForAsync(client, api.BaseAddress!, taskId, t => TaskPolling.Status(t) is "complete" or "failed", TimeSpan.FromSeconds(300),
            () => $"worker A:\n{workerA.Output}\nworker B:\n{workerB.Output}");

        Assert.Equal("complete", TaskPolling.Status(done));
        Assert.Equal(1, TaskPolling.Runs(done, "render"));
        var segments = new RenderSegmentStore(new ReelforgeDatabase(new DatabaseOptions(data.Path, database.ConnectionString)));
        var rows = await segments.ForTaskAsync(taskId, CancellationToken.None);
        Assert.True(rows.Count >= 3, $"expected the video in three parts or more, got {rows.Count}");
        Assert.All(rows, r => Assert.Equal((SegmentState.Done, 1), (r.State, r.Attempts)));
        Assert.All(rows, r => Assert.NotNull(r.WorkerId));
        Assert.Single(rows.Select(r => r.BatchKey).Distinct());
        var workers = rows.Select(r => r.WorkerId!).Distinct().ToList();
        Assert.Equal(2, workers.Count);
        Assert.Contains(workers, w => w.EndsWith($":{workerA.Id}", StringComparison.Ordinal));
        Assert.Contains(workers, w => w.EndsWith($":{workerB.Id}", StringComparison.Ordinal));

        var video = Path.Combine(data.Path, "tasks", taskId, Path.GetFileName(new Uri(done.GetProperty("videos")[0].GetString()!).LocalPath));
        var probed = RequiredTool.Run("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height:format=duration", "-of", "default=noprint_wrappers=1", video);
        var fields = probed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(("360", "640"), (fields["width"], fields["height"]));
        var seconds = double.Parse(fields["duration"], CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 15, 40);

        // The joined video is as long as its parts together.
        var parts = rows.Sum(r => JsonSerializer.Deserialize<SegmentWork>(r.WorkJson, StageCheckpointJson.Options)!.Duration);
        Assert.InRange(seconds, parts - 0.25, parts + 0.25);
    }
}
