using System.Net.Http.Json;
using System.Text.Json;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Jobs;

/// <summary>A task whose provider is down for a while is tried again later and finishes; earlier attempts leave no mark.</summary>
public sealed class TransientRetryTests
{
    private const string Completion = """{"id":"c1","object":"chat.completion","created":0,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"no idea"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";

    [Fact]
    public async Task LlmUnavailableAtFirst_TaskIsRetriedWithBackoff_AndCompletes()
    {
        RequiredTool.Require("ffmpeg");
        var calls = 0;
        await using var llm = new LoopbackServer(_ => Interlocked.Increment(ref calls) <= 2
            ? LoopbackResponse.Json("""{"error":{"message":"overloaded","type":"server_error"}}""", 503)
            : LoopbackResponse.Json(Completion));
        await using var factory = new ReelforgeApiFactory(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai-compatible",
            ["Llm:BaseUrl"] = new Uri(llm.BaseUrl, "v1").ToString(),
            ["Llm:ApiKey"] = "test-key",
            ["Llm:Model"] = "test-model",
            ["Llm:Resilience:MaxRetries"] = "0",
            ["Llm:Resilience:BreakerFailureThreshold"] = "100",
            ["Jobs:RetryDelay"] = "00:00:00.200",
        });
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/videos", new Dictionary<string, object>
        {
            ["video_script"] = "Volcanoes are openings in the crust.",
            ["short_side"] = 180,
            ["quality"] = "draft",
            ["bgm_type"] = "",
        });
        var taskId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("task_id").GetString()!;
        var done = await TaskPolling.WaitForAsync(client, client.BaseAddress!, taskId, t => TaskPolling.Status(t) is "complete" or "failed", TimeSpan.FromSeconds(120));

        Assert.Equal("complete", TaskPolling.Status(done));
        Assert.True(done.GetProperty("attempts").GetInt32() >= 2, done.ToString());
        Assert.False(done.TryGetProperty("error", out _), done.ToString());
        Assert.True(calls > 2);
    }
}
