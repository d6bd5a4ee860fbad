using System.Net.Http.Json;
using System.Text.Json;

namespace Reelforge.Server.Tests.Support;

/// <summary>Submits tasks and watches them through the public API.</summary>
public static class TaskPolling
{
    public static async Task<string> SubmitAsync(HttpClient client, Uri baseAddress, IDictionary<string, object> body)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync(new Uri(baseAddress, "/api/v1/videos"), body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json.GetProperty("data").GetProperty("task_id").GetString()!;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, Uri baseAddress, string taskId)
    {
        ArgumentNullException.ThrowIfNull(client);
        return (await client.GetFromJsonAsync<JsonElement>(new Uri(baseAddress, $"/api/v1/tasks/{taskId}"))).GetProperty("data");
    }

    /// <summary>Polls until <paramref name="done"/> holds for the task; fails with the last view after the timeout.</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient client, Uri baseAddress, string taskId, Func<JsonElement, bool> done, TimeSpan timeout, Func<string>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(done);
        var deadline = DateTime.UtcNow + timeout;
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = await GetAsync(client, baseAddress, taskId);
                if (done(last))
                {
                    return last;
                }
            }
            catch (HttpRequestException)
            {
                // The server is restarting.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Task {taskId} did not get there in {timeout}; last: {last}\n{diagnostics?.Invoke()}");
        return last;
    }

    public static string Status(JsonElement task) => task.GetProperty("status").GetString()!;

    public static int Runs(JsonElement task, string stage) =>
        task.GetProperty("stages").EnumerateArray().First(s => s.GetProperty("name").GetString() == stage).GetProperty("runs").GetInt32();
}
