using System.Net.Http.Json;
using System.Text.Json;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Jobs;

/// <summary>
/// A task narrated by a cloud voice through the REST API, against a loopback fake of the OpenAI speech API: a rate
/// limit is transient (the task is tried again and completes), a refused key is not (it fails at once, saying why).
/// </summary>
public sealed class CloudSpeechTaskTests : IAsyncDisposable
{
    private readonly FakeSpeechApis _speech = new();

    public ValueTask DisposeAsync() => _speech.DisposeAsync();

    private async Task<JsonElement> RunAsync(string apiKey)
    {
        await using var factory = new ReelforgeApiFactory(new Dictionary<string, string?>
        {
            ["Speech:OpenAI:ApiKey"] = apiKey,
            ["Speech:OpenAI:BaseUrl"] = _speech.BaseUrl.ToString(),
            ["Speech:OpenAI:MaxRetries"] = "0",
            ["Jobs:RetryDelay"] = "00:00:00.200",
        });
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/videos", new Dictionary<string, object>
        {
            ["video_script"] = "Volcanoes are openings in the crust.",
            ["voice"] = "openai:onyx",
            ["short_side"] = 180,
            ["quality"] = "draft",
            ["bgm_type"] = "",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var taskId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("task_id").GetString()!;
        return await TaskPolling.WaitForAsync(client, client.BaseAddress!, taskId, t => TaskPolling.Status(t) is "complete" or "failed", TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task RateLimitedSpeech_TaskIsRetried_AndCompletesWithTheCloudVoice()
    {
        RequiredTool.Require("ffmpeg");
        _speech.Failures.Enqueue(429);

        var done = await RunAsync(_speech.OpenAiKey);

        Assert.Equal("complete", TaskPolling.Status(done));
        Assert.Equal(2, done.GetProperty("attempts").GetInt32());
        var spoken = _speech.Requests.Where(r => r.Path == "/v1/audio/speech").ToList();
        Assert.Equal(2, spoken.Count);
        Assert.All(spoken, r => Assert.Contains("\"voice\":\"onyx\"", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefusedSpeechKey_TaskFailsInNarrateAtOnce_SayingTheKeyWasRefused()
    {
        var done = await RunAsync("sk-refused-key-for-the-task");

        Assert.Equal("failed", TaskPolling.Status(done));
        Assert.Equal(1, done.GetProperty("attempts").GetInt32());
        Assert.Equal("narrate", done.GetProperty("failed_stage").GetString());
        var error = done.GetProperty("error").GetString()!;
        Assert.StartsWith("The OpenAI speech key was refused (HTTP 401", error, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-refused-key-for-the-task", error, StringComparison.Ordinal);
    }
}
