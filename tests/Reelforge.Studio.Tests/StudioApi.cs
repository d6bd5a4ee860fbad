using System.Net.Http.Json;
using System.Text.Json;

namespace Reelforge.Studio.Tests;

/// <summary>The REST API of the server under test, for setting up and checking what the browser does.</summary>
public static class StudioApi
{
    public static async Task<JsonElement> TaskAsync(StudioServer server, string taskId)
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(new Uri(server.BaseAddress, $"/api/v1/tasks/{taskId}"));
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data") : default;
    }

    /// <summary>Polls the task until it is complete, failed or cancelled; returns its status.</summary>
    public static async Task<string> WaitFinishedAsync(StudioServer server, string taskId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var status = "";
        while (DateTime.UtcNow < deadline)
        {
            var task = await TaskAsync(server, taskId);
            status = task.ValueKind == JsonValueKind.Object ? task.GetProperty("status").GetString() ?? "" : "";
            if (status is "complete" or "failed" or "cancelled")
            {
                return status;
            }

            await Task.Delay(250);
        }

        return status;
    }

    /// <summary>Submits scripts as one batch; returns the task ids.</summary>
    public static async Task<IReadOnlyList<string>> SubmitScriptsAsync(StudioServer server, IReadOnlyList<string> scripts)
    {
        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync(new Uri(server.BaseAddress, "/api/v1/videos/batch"),
            new { scripts, defaults = new { video_aspect = "9:16", bgm_type = "", short_side = 144, quality = "draft" } });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json.GetProperty("data").GetProperty("task_ids").EnumerateArray().Select(t => t.GetString()!).ToList();
    }
}
