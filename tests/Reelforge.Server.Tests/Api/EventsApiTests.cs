using System.Net;
using System.Net.Http.Headers;

namespace Reelforge.Server.Tests.Api;

/// <summary><c>GET /api/v1/tasks/{id}/events</c>: a live view of a task as server-sent events.</summary>
public abstract class EventsApiTests(ApiBackend backend)
{
    private static readonly string[] PipelineOrder = ["plan", "narrate", "caption", "gather", "compose", "render", "verify"];

    private HttpClient Client => backend.Shared.Client;

    [Fact]
    public async Task Events_FollowTheStagesInOrderWithRisingProgressAndEndWithTheCompleteTask()
    {
        var taskId = await ApiCalls.SubmitAsync(Client, "/api/v1/videos", ApiCalls.Video());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/tasks/{taskId}/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = await ServerSentEvent.ReadAllAsync(await response.Content.ReadAsStreamAsync(timeout.Token), timeout.Token);

        var stages = events.Where(e => e.Name == "stage").Select(e => e.Data.GetProperty("stage").GetString()!).ToList();
        Assert.True(stages.Count >= 4, $"stage events: {string.Join(", ", stages)}");
        var positions = stages.Select(s => Array.IndexOf(PipelineOrder, s)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(positions.Distinct(), positions);
        Assert.Contains("render", stages);

        var progress = events.Where(e => e.Name == "progress").Select(e => e.Data.GetProperty("progress").GetInt32()).ToList();
        Assert.NotEmpty(progress);
        Assert.Equal(progress.Order(), progress);
        Assert.Equal(100, progress[^1]);

        var done = events[^1];
        Assert.Equal("done", done.Name);
        Assert.Equal(taskId, done.Data.GetProperty("task_id").GetString());
        Assert.Equal("complete", ApiCalls.Status(done.Data));
        Assert.Single(done.Data.GetProperty("videos").EnumerateArray());
    }

    [Fact]
    public async Task Events_OfAnUnknownTask_Are404()
    {
        var (status, _) = await ApiCalls.SendAsync(Client, HttpMethod.Get, $"/api/v1/tasks/{Guid.NewGuid()}/events");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
