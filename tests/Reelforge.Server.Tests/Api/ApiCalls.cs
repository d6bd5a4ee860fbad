using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Reelforge.Server.Tests.Api;

/// <summary>The calls the API tests make, as a client would: bodies, submits, and waiting for a task's state.</summary>
public static class ApiCalls
{
    public const string ShortScript = "Volcanoes are openings in the crust.";

    /// <summary>Several sentences: long enough that the render is still running a moment after it starts.</summary>
    public const string LongScript =
        "Volcanoes are openings in the crust of a planet. Hot rock, ash and gas escape from them. " +
        "Some erupt gently with rivers of lava, others explode with towering clouds of ash. " +
        "Many islands in the oceans were built by eruptions over millions of years. " +
        "Scientists watch the ground swell and the gases change to warn the people living nearby.";

    /// <summary>A small, fast render of <paramref name="script"/>: short side 180, draft quality, no music.</summary>
    public static Dictionary<string, object> Video(string script = ShortScript) => new()
    {
        ["video_script"] = script,
        ["short_side"] = 180,
        ["quality"] = "draft",
        ["bgm_type"] = "",
    };

    /// <summary>Posts <paramref name="body"/> to <paramref name="path"/>; expects 200 and returns the new task's id.</summary>
    public static async Task<string> SubmitAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {path}: HTTP {(int)response.StatusCode} {json}");
        return json.GetProperty("data").GetProperty("task_id").GetString()!;
    }

    /// <summary>Posts raw text with a content type; returns the status and the JSON body.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostRawAsync(HttpClient client, string path, string content, string contentType)
    {
        using var request = new StringContent(content, Encoding.UTF8, contentType);
        using var response = await client.PostAsync(path, request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The task's <c>data</c> from <c>GET /api/v1/tasks/{id}</c>.</summary>
    public static async Task<JsonElement> GetTaskAsync(HttpClient client, string taskId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{taskId}")).GetProperty("data");

    public static string Status(JsonElement task) => task.GetProperty("status").GetString()!;

    /// <summary>Polls the task until it is complete, failed or cancelled; fails when it is not within <paramref name="seconds"/>.</summary>
    public static Task<JsonElement> WaitFinishedAsync(HttpClient client, string taskId, int seconds = 180) =>
        WaitForAsync(client, taskId, t => Status(t) is "complete" or "failed" or "cancelled", seconds);

    /// <summary>Waits until the task finished complete; a failure's error is in the assertion message.</summary>
    public static async Task<JsonElement> WaitCompleteAsync(HttpClient client, string taskId, int seconds = 180)
    {
        var task = await WaitFinishedAsync(client, taskId, seconds);
        Assert.True(Status(task) == "complete", $"task {taskId} ended {Status(task)}: {task}");
        return task;
    }

    public static async Task<JsonElement> WaitForAsync(HttpClient client, string taskId, Func<JsonElement, bool> until, int seconds)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(seconds);
        while (true)
        {
            var task = await GetTaskAsync(client, taskId);
            if (until(task))
            {
                return task;
            }

            Assert.True(DateTime.UtcNow < deadline, $"task {taskId} did not reach the expected state within {seconds} s: {task}");
            await Task.Delay(50);
        }
    }

    /// <summary>The path and query of a file URL the API returned, to fetch it through the in-process client.</summary>
    public static string PathOf(JsonElement url) => new Uri(url.GetString()!).PathAndQuery;
}
