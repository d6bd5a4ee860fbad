using System.Net.Http.Json;
using System.Text.Json;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Jobs;

/// <summary>A task that fails says where and why, in words a user can act on.</summary>
public sealed class FailedTaskTests
{
    [Fact]
    public async Task BrokenMusicTrack_TaskFails_WithTheStageAndAReadableError()
    {
        RequiredTool.Require("ffmpeg");
        await using var factory = new ReelforgeApiFactory();
        using var client = factory.CreateClient();

        // Put straight into the music folder (uploads are checked; files placed by hand are not).
        var musics = Path.Combine(factory.DataDirectory, "musics");
        Directory.CreateDirectory(musics);
        await File.WriteAllBytesAsync(Path.Combine(musics, "broken.mp3"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);

        using var response = await client.PostAsJsonAsync("/api/v1/videos", new Dictionary<string, object>
        {
            ["video_script"] = "Volcanoes are openings in the crust.",
            ["short_side"] = 180,
            ["quality"] = "draft",
            ["bgm_type"] = "custom",
            ["bgm_file"] = "broken.mp3",
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        var taskId = body.GetProperty("data").GetProperty("task_id").GetString()!;
        var done = await TaskPolling.WaitForAsync(client, client.BaseAddress!, taskId, t => TaskPolling.Status(t) is "complete" or "failed", TimeSpan.FromSeconds(120));

        Assert.Equal("failed", TaskPolling.Status(done));
        Assert.Equal(-1, done.GetProperty("state").GetInt32());
        Assert.Equal("compose", done.GetProperty("failed_stage").GetString());
        var error = done.GetProperty("error").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(done.TryGetProperty("videos", out _));
        Assert.Equal(1, done.GetProperty("attempts").GetInt32());
    }
}
