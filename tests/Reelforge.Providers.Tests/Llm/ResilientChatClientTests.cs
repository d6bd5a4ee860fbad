using Microsoft.Extensions.AI;
using Reelforge.Providers.Llm;

namespace Reelforge.Providers.Tests.Llm;

public sealed class ResilientChatClientTests : IDisposable
{
    private static readonly ChatMessage[] Question = [new(ChatRole.User, "Write one line.")];

    private readonly CapturingLoggerFactory _logs = new();
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task TooManyRequests_WaitsWhatRetryAfterSays_ThenSucceeds()
    {
        await using var server = FakeLlmServer.Sequence(FakeReply.Error(429, "slow down", retryAfter: "2"), FakeReply.Chat("done"));
        using var client = Create(Options(Endpoint("ollama", server)));

        var response = await client.GetResponseAsync(Question, cancellationToken: CancellationToken.None);

        Assert.Equal("done", response.Text);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2)], _clock.Waits);
    }

    [Fact]
    public async Task TooManyRequests_AskingLongerThanMaxDelay_IsNotWaitedFor_TheFallbackAnswers()
    {
        await using var primary = new FakeLlmServer(_ => FakeReply.Error(429, "come back in an hour", retryAfter: "3600"));
        await using var fallback = new FakeLlmServer(_ => FakeReply.Chat("from fallback"));
        using var client = Create(Options(Endpoint("ollama", primary), Endpoint("lmstudio", fallback, model: "backup")));

        var response = await client.GetResponseAsync(Question, cancellationToken: CancellationToken.None);

        Assert.Equal("from fallback", response.Text);
        Assert.Single(primary.Requests);
        Assert.Empty(_clock.Waits);
    }

    [Fact]
    public async Task MaxRetriesZero_MeansOneAttemptPerEndpoint()
    {
        await using var server = FakeLlmServer.Sequence(FakeReply.Error(503, "busy"), FakeReply.Chat("too late"));
        var options = Options(Endpoint("ollama", server));
        options.Resilience.MaxRetries = 0;
        using var client = Create(options);

        await Assert.ThrowsAsync<LlmUnavailableException>(() => client.GetResponseAsync(Question, cancellationToken: CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.Empty(_clock.Waits);
    }

    [Fact]
    public async Task ServerErrors_RetryWithExponentialBackoff()
    {
        await using var server = FakeLlmServer.Sequence(FakeReply.Error(500, "boom"), FakeReply.Error(503, "busy"), FakeReply.Chat("ok"));
        using var client = Create(Options(Endpoint("ollama", server)));

        var response = await client.GetResponseAsync(Question, cancellationToken: CancellationToken.None);

        Assert.Equal("ok", response.Text);
        var delays = _clock.Waits.ToArray();
        Assert.Equal(2, delays.Length);
        Assert.InRange(delays[0].TotalMilliseconds, 80, 120);
        Assert.InRange(delays[1].TotalMilliseconds, 160, 240);
    }

    [Fact]
    public async Task BadRequest_IsNotRetried_ButFallsBack()
    {
        await using var primary = new FakeLlmServer(_ => FakeReply.Error(400, "bad schema"));
        await using var fallback = new FakeLlmServer(_ => FakeReply.Chat("from fallback"));
        using var client = Create(Options(Endpoint("ollama", primary), Endpoint("lmstudio", fallback, model: "backup")));

        var response = await client.GetResponseAsync(Question, cancellationToken: CancellationToken.None);

        Assert.Equal("from fallback", response.Text);
        Assert.Single(primary.Requests);
        Assert.Empty(_clock.Waits);
        Assert.Equal("lmstudio", response.AdditionalProperties?[ResilientChatClient.ProviderProperty]);
        Assert.Equal("backup", fallback.Requests[0].Json["model"]!.GetValue<string>());
    }

    [Fact]
    public async Task SlowEndpoint_TimesOut_AndTheNextFallbackAnswers()
    {
        await using var slow = new FakeLlmServer(_ => FakeReply.Chat("too late").Slow(TimeSpan.FromSeconds(5)));
        await using var failing = new FakeLlmServer(_ => FakeReply.Error(502, "bad gateway"));
        await using var good = new FakeLlmServer(_ => FakeReply.Chat("third time lucky"));
        var options = Options(Endpoint("ollama", slow, timeoutSeconds: 1), Endpoint("vllm", failing, model: "m2"), Endpoint("openai-compatible", good, model: "m3"));
        options.Resilience.MaxRetries = 0;
        using var client = Create(options);

        var started = DateTime.UtcNow;
        var response = await client.GetResponseAsync(Question, cancellationToken: CancellationToken.None);

        Assert.Equal("third time lucky", response.Text);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(4));
        Assert.Single(slow.Requests);
        Assert.Single(failing.Requests);
        Assert.Equal("openai-compatible", response.AdditionalProperties?[ResilientChatClient.ProviderProperty]);
        Assert.Contains(_logs.Lines, l => l.Contains("ollama/llama3.2") && l.Contains("TimeoutException"));
    }

    [Fact]
    public async Task CircuitBreaker_SkipsADeadEndpoint_UntilTheBreakIsOver()
    {
        await using var dead = new FakeLlmServer(_ => FakeReply.Error(500, "down"));
        await using var backup = new FakeLlmServer(_ => FakeReply.Chat("backup"));
        var options = Options(Endpoint("ollama", dead), Endpoint("lmstudio", backup, model: "b"));
        options.Resilience.MaxRetries = 1;
        options.Resilience.BreakerFailureThreshold = 2;
        options.Resilience.BreakDuration = TimeSpan.FromMinutes(1);
        using var client = Create(options);

        await client.GetResponseAsync(Question, cancellationToken: CancellationToken.None);
        await client.GetResponseAsync(Question, cancellationToken: CancellationToken.None);
        Assert.Equal(4, dead.Requests.Count); // two calls × (1 + 1 retry), then the circuit opens

        await client.GetResponseAsync(Question, cancellationToken: CancellationToken.None);
        Assert.Equal(4, dead.Requests.Count);
        Assert.Contains(_logs.Lines, l => l.Contains("circuit open"));

        _clock.Advance(TimeSpan.FromMinutes(2));
        await client.GetResponseAsync(Question, cancellationToken: CancellationToken.None);
        Assert.True(dead.Requests.Count > 4);
        Assert.Equal(4, backup.Requests.Count);
    }

    [Fact]
    public async Task AllEndpointsFail_ThrowsWithEveryReason_AndNeverTheKey()
    {
        const string Key = "sk-live-abcdef1234567890";
        await using var primary = new FakeLlmServer(_ => FakeReply.Error(401, $"Incorrect API key provided: {Key}."));
        await using var fallback = new FakeLlmServer(_ => FakeReply.Error(500, "also down"));
        var options = Options(Endpoint("openai", primary, key: Key), Endpoint("vllm", fallback, model: "m"));
        using var client = Create(options);

        var ex = await Assert.ThrowsAsync<LlmUnavailableException>(() => client.GetResponseAsync(Question, cancellationToken: CancellationToken.None));

        Assert.Equal(2, ex.Failures.Count);
        Assert.Contains("openai/gpt-4o-mini: HTTP 401", ex.Failures[0]);
        Assert.Contains("vllm/m: HTTP 500", ex.Failures[1]);
        Assert.DoesNotContain(Key, ex.Message);
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(Key, _logs.All);
        Assert.Equal("Bearer " + Key, primary.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task Streaming_RetriesBeforeTheFirstChunk()
    {
        await using var server = FakeLlmServer.Sequence(FakeReply.Error(503, "warming up"), FakeReply.Stream(["a", "b"]));
        using var client = Create(Options(Endpoint("ollama", server)));

        var text = new List<string>();
        await foreach (var update in client.GetStreamingResponseAsync(Question, cancellationToken: CancellationToken.None))
        {
            text.Add(update.Text);
        }

        Assert.Equal("ab", string.Concat(text));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Streaming_SlowEndpoint_TimesOutAndFallsBack()
    {
        await using var slow = new FakeLlmServer(_ => FakeReply.Stream(["late"]).Slow(TimeSpan.FromSeconds(5)));
        await using var good = new FakeLlmServer(_ => FakeReply.Stream(["on ", "time"]));
        var options = Options(Endpoint("ollama", slow, timeoutSeconds: 1), Endpoint("vllm", good, model: "m"));
        options.Resilience.MaxRetries = 0;
        using var client = Create(options);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(Question, cancellationToken: CancellationToken.None))
        {
            updates.Add(update);
        }

        Assert.Equal("on time", string.Concat(updates.Select(u => u.Text)));
        Assert.Equal("vllm", updates[0].AdditionalProperties?[ResilientChatClient.ProviderProperty]);
    }

    public void Dispose() => _logs.Dispose();

    private static LlmEndpointOptions Endpoint(string provider, FakeLlmServer server, string? model = null, string? key = null, double timeoutSeconds = 10) =>
        new() { Provider = provider, BaseUrl = server.BaseUrl + "/v1", Model = model, ApiKey = key, TimeoutSeconds = timeoutSeconds };

    private static LlmOptions Options(LlmEndpointOptions primary, params LlmEndpointOptions[] fallbacks) => new()
    {
        Provider = primary.Provider,
        BaseUrl = primary.BaseUrl,
        Model = primary.Model,
        ApiKey = primary.ApiKey,
        TimeoutSeconds = primary.TimeoutSeconds,
        Fallbacks = [.. fallbacks],
        Resilience = new LlmResilienceOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(10) },
    };

    private ResilientChatClient Create(LlmOptions options) => new ChatClientFactory(null, _logs, _clock).CreateResilient(options);
}
