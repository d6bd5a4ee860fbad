using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reelforge.Server.Tests.Api;

/// <summary>Watching and managing tasks: list and its paging, get, delete, cancel, and the queue's limit.</summary>
public abstract class TaskApiTests(ApiBackend backend)
{
    private HttpClient Client => backend.Shared.Client;

    [Fact]
    public async Task ListTasks_PagesNewestFirstWithTotalAndFiltersByStatus()
    {
        await using var host = await backend.StartAsync(runWorker: false);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await ApiCalls.SubmitAsync(host.Client, "/api/v1/videos", ApiCalls.Video()));
        }

        (await ApiCalls.SendAsync(host.Client, HttpMethod.Post, $"/api/v1/tasks/{ids[0]}/cancel")).Status.ShouldBeOk();

        var first = await ListAsync(host.Client, "?page=1&page_size=2");
        var second = await ListAsync(host.Client, "?page=2&page_size=2");
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("page_size").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        var listed = Ids(first).Concat(Ids(second)).ToList();
        Assert.Equal(ids.AsEnumerable().Reverse(), listed);

        var queued = await ListAsync(host.Client, "?status=queued");
        Assert.Equal(2, queued.GetProperty("total").GetInt32());
        Assert.Equal([ids[2], ids[1]], Ids(queued));
        var cancelled = await ListAsync(host.Client, "?status=cancelled");
        Assert.Equal([ids[0]], Ids(cancelled));
        Assert.Equal(0, (await ListAsync(host.Client, "?status=complete")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-3", "page")]
    [InlineData("?page_size=0", "page_size")]
    [InlineData("?page_size=1000", "page_size")]
    [InlineData("?status=sleeping", "status")]
    public async Task ListTasks_BadQuery_Is422NamingTheParameter(string query, string parameter)
    {
        var (status, body) = await ApiCalls.SendAsync(Client, HttpMethod.Get, "/api/v1/tasks" + query);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.StartsWith(parameter + " ", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTask_UnknownId_Is404WithMoneyPrinterTurbosMessage()
    {
        var id = Guid.NewGuid().ToString();

        var (status, body) = await ApiCalls.SendAsync(Client, HttpMethod.Get, $"/api/v1/tasks/{id}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.Equal($"{id}: task not found", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task DeleteTask_RemovesItsFilesAndThenTheTaskIsNotFound()
    {
        var taskId = await ApiCalls.SubmitAsync(Client, "/api/v1/audio", ApiCalls.Video());
        var task = await ApiCalls.WaitCompleteAsync(Client, taskId);
        var audio = ApiCalls.PathOf(task.GetProperty("audio_file"));
        using (var before = await Client.GetAsync(audio))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var (status, body) = await ApiCalls.SendAsync(Client, HttpMethod.Delete, $"/api/v1/tasks/{taskId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(taskId, body.GetProperty("data").GetProperty("task_id").GetString());
        using (var after = await Client.GetAsync(audio))
        {
            Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        }

        Assert.False(Directory.Exists(Path.Combine(backend.Shared.Factory.DataDirectory, "tasks", taskId)));
        Assert.Equal(HttpStatusCode.NotFound, (await ApiCalls.SendAsync(Client, HttpMethod.Get, $"/api/v1/tasks/{taskId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ApiCalls.SendAsync(Client, HttpMethod.Delete, $"/api/v1/tasks/{taskId}")).Status);
    }

    [Fact]
    public async Task CancelTask_WhileRendering_IsCancelledWithinTwoSeconds()
    {
        var taskId = await ApiCalls.SubmitAsync(Client, "/api/v1/videos", ApiCalls.Video(ApiCalls.LongScript));
        await ApiCalls.WaitForAsync(Client, taskId, t => ApiCalls.Status(t) == "processing" && t.TryGetProperty("stage", out _), 60);

        var clock = Stopwatch.StartNew();
        (await ApiCalls.SendAsync(Client, HttpMethod.Post, $"/api/v1/tasks/{taskId}/cancel")).Status.ShouldBeOk();
        var task = await ApiCalls.WaitFinishedAsync(Client, taskId, 10);
        clock.Stop();

        Assert.Equal("cancelled", ApiCalls.Status(task));
        Assert.Equal(-1, task.GetProperty("state").GetInt32());
        Assert.True(task.GetProperty("cancelled").GetBoolean());
        Assert.False(task.TryGetProperty("videos", out _));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"cancelled after {clock.Elapsed.TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task CancelTask_Queued_IsCancelledAtOnceAndNeverRuns()
    {
        var running = await ApiCalls.SubmitAsync(Client, "/api/v1/videos", ApiCalls.Video(ApiCalls.LongScript));
        var queued = await ApiCalls.SubmitAsync(Client, "/api/v1/videos", ApiCalls.Video());
        await ApiCalls.WaitForAsync(Client, running, t => ApiCalls.Status(t) == "processing", 60);

        var (status, body) = await ApiCalls.SendAsync(Client, HttpMethod.Post, $"/api/v1/tasks/{queued}/cancel");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("cancelled", ApiCalls.Status(body.GetProperty("data")));
        (await ApiCalls.SendAsync(Client, HttpMethod.Post, $"/api/v1/tasks/{running}/cancel")).Status.ShouldBeOk();
        await ApiCalls.WaitFinishedAsync(Client, running, 10);
        await Task.Delay(500);
        var task = await ApiCalls.GetTaskAsync(Client, queued);
        Assert.Equal("cancelled", ApiCalls.Status(task));
        Assert.False(task.TryGetProperty("started_at", out _), task.ToString());
    }

    [Fact]
    public async Task CancelTask_UnknownId_Is404()
    {
        var id = Guid.NewGuid().ToString();

        var (status, body) = await ApiCalls.SendAsync(Client, HttpMethod.Post, $"/api/v1/tasks/{id}/cancel");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal($"{id}: task not found", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task PostVideo_BeyondMaxQueued_Is429AndQueuesNothing()
    {
        await using var host = await backend.StartAsync(new Dictionary<string, string?> { ["Jobs:MaxQueued"] = "1" }, runWorker: false);
        await ApiCalls.SubmitAsync(host.Client, "/api/v1/videos", ApiCalls.Video());

        using var response = await host.Client.PostAsJsonAsync("/api/v1/videos", ApiCalls.Video());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, body.GetProperty("status").GetInt32());
        Assert.Equal(1, (await ListAsync(host.Client, "")).GetProperty("total").GetInt32());
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/tasks" + query)).GetProperty("data");

    private static List<string> Ids(JsonElement list) =>
        list.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("task_id").GetString()!).ToList();
}
