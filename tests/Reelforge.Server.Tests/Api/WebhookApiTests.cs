using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Api;

/// <summary><c>callback_url</c>: the finished task is posted there, signed with the configured secret, retried until delivered.</summary>
public abstract class WebhookApiTests(ApiBackend backend)
{
    private const string Secret = "whsec-test-3a9f";

    [Fact]
    public async Task Callback_ReceivesTheCompleteTaskSignedWithTheSecret()
    {
        await using var receiver = new LoopbackServer(_ => LoopbackResponse.Json("{}"));
        await using var host = await backend.StartAsync(Settings());
        var body = ApiCalls.Video();
        body["callback_url"] = new Uri(receiver.BaseUrl, "hooks/reelforge").ToString();
        var taskId = await ApiCalls.SubmitAsync(host.Client, "/api/v1/videos", body);
        await ApiCalls.WaitCompleteAsync(host.Client, taskId);

        var request = (await WaitForRequestsAsync(receiver, 1))[0];

        Assert.Equal("POST", request.Method);
        Assert.Equal("/hooks/reelforge", request.Path);
        var payload = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("task.complete", payload.GetProperty("event").GetString());
        var task = payload.GetProperty("task");
        Assert.Equal(taskId, task.GetProperty("task_id").GetString());
        Assert.Equal("complete", ApiCalls.Status(task));
        Assert.EndsWith(".mp4", task.GetProperty("videos")[0].GetString(), StringComparison.Ordinal);
        var (timestamp, signature) = ParseSignature(request.Headers["X-Reelforge-Signature"]);
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{request.Body}"));
        Assert.Equal(Convert.ToHexStringLower(expected), signature);
        Assert.InRange(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 300, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5);
    }

    [Fact]
    public async Task Callback_AnsweredWith500_IsRetriedUntilDelivered()
    {
        var answered = 0;
        await using var receiver = new LoopbackServer(_ => Interlocked.Increment(ref answered) <= 2
            ? LoopbackResponse.Json("{\"error\": \"busy\"}", 500)
            : LoopbackResponse.Json("{}"));
        await using var host = await backend.StartAsync(Settings());
        var body = ApiCalls.Video();
        body["callback_url"] = receiver.BaseUrl.ToString();
        var taskId = await ApiCalls.SubmitAsync(host.Client, "/api/v1/videos", body);
        await ApiCalls.WaitCompleteAsync(host.Client, taskId);

        var requests = await WaitForRequestsAsync(receiver, 3);

        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal(requests[0].Body, r.Body));
        await Task.Delay(500);
        Assert.Equal(3, receiver.Requests.Count);
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Jobs:WebhookSecret"] = Secret,
        ["Jobs:WebhookRetryDelay"] = "00:00:00.050",
    };

    private static (string Timestamp, string Signature) ParseSignature(string header)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return (parts["t"], parts["v1"]);
    }

    private static async Task<IReadOnlyList<LoopbackRequest>> WaitForRequestsAsync(LoopbackServer receiver, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (receiver.Requests.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the receiver got {receiver.Requests.Count} of {count} webhook calls");
            await Task.Delay(50);
        }

        return receiver.Requests;
    }
}
