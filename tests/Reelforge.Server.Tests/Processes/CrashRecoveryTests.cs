using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Processes;

/// <summary>A server killed with SIGKILL during a render finishes the task after a restart, without redoing earlier stages.</summary>
public sealed class CrashRecoveryTests
{
    private static readonly string[] EarlierStages = ["plan", "narrate", "caption", "gather", "compose"];

    [Fact]
    public async Task KilledDuringRender_RestartedServer_FinishesTaskWithoutRerunningEarlierStages()
    {
        RequiredTool.Require("ffmpeg");
        using var data = new TempDirectory();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        string taskId;
        await using (var first = ServerProcess.StartServe(data.Path))
        {
            await first.WaitReadyAsync(client, TimeSpan.FromSeconds(60));
            taskId = await TaskPolling.SubmitAsync(client, first.BaseAddress!, new Dictionary<string, object>
            {
                // Long enough (and at a size) that the render runs for a few seconds.
                ["video_script"] = string.Join("\n\n", Enumerable.Repeat("Volcanoes are openings in the crust where molten rock escapes. Some sleep for centuries before they wake.", 4)),
                ["short_side"] = 480,
                ["quality"] = "standard",
                ["bgm_type"] = "",
            });
            await TaskPolling.WaitForAsync(client, first.BaseAddress!, taskId, t => t.TryGetProperty("stage", out var stage)
                && stage.GetString() == "render" && t.GetProperty("progress").GetInt32() > 40, TimeSpan.FromSeconds(120), () => first.Output);
            await first.KillAsync();
        }

        await using var second = ServerProcess.StartServe(data.Path);
        await second.WaitReadyAsync(client, TimeSpan.FromSeconds(60));
        var done = await TaskPolling.WaitForAsync(client, second.BaseAddress!, taskId, t => TaskPolling.Status(t) is "complete" or "failed", TimeSpan.FromSeconds(180), () => second.Output);

        Assert.Equal("complete", TaskPolling.Status(done));
        Assert.All(EarlierStages, stage => Assert.Equal(1, TaskPolling.Runs(done, stage)));
        Assert.Equal(2, TaskPolling.Runs(done, "render"));
        Assert.Equal(2, done.GetProperty("attempts").GetInt32());
        var video = new Uri(done.GetProperty("videos")[0].GetString()!);
        Assert.True(new FileInfo(Path.Combine(data.Path, "tasks", taskId, Path.GetFileName(video.LocalPath))).Length > 10_000);
    }
}
