using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reelforge.Server.Tests.Support;

namespace Reelforge.Server.Tests.Api;

public sealed class SmokeTests
{
    [Fact]
    public async Task PostVideo_FromScript_CompletesWithAPlayableVideoUrl()
    {
        await using var factory = new ReelforgeApiFactory();
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/videos", new Dictionary<string, object>
        {
            ["video_script"] = "Volcanoes are openings in the crust.",
            ["short_side"] = 180,
            ["quality"] = "draft",
            ["bgm_type"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var taskId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("task_id").GetString()!;

        JsonElement data = default;
        for (var i = 0; i < 600; i++)
        {
            data = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{taskId}")).GetProperty("data");
            if (data.GetProperty("status").GetString() is "complete" or "failed")
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal("complete", data.GetProperty("status").GetString());
        Assert.Equal(1, data.GetProperty("state").GetInt32());
        var video = new Uri(data.GetProperty("videos")[0].GetString()!);
        using var file = await client.GetAsync(video.PathAndQuery);
        Assert.Equal("video/mp4", file.Content.Headers.ContentType?.MediaType);
    }
}
