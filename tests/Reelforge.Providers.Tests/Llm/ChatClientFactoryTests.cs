using Microsoft.Extensions.AI;
using Reelforge.Providers.Llm;

namespace Reelforge.Providers.Tests.Llm;

public sealed class ChatClientFactoryTests
{
    private static readonly ChatMessage[] Hello = [new(ChatRole.System, "Be brief."), new(ChatRole.User, "Say hello")];

    [Fact]
    public async Task OpenAiCompatible_SendsChatCompletionWithModelKeyAndMessages_AndReadsUsage()
    {
        await using var server = new FakeLlmServer(_ => FakeReply.Chat("Hello there", 11, 22));
        using var client = Create(new LlmEndpointOptions { Provider = "openai-compatible", BaseUrl = server.BaseUrl + "/v1", Model = "my-model", ApiKey = "sk-test" });

        var response = await client.GetResponseAsync(Hello, cancellationToken: CancellationToken.None);

        Assert.Equal("Hello there", response.Text);
        Assert.Equal(11, response.Usage?.InputTokenCount);
        Assert.Equal(22, response.Usage?.OutputTokenCount);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer sk-test", request.Header("Authorization"));
        Assert.Equal("my-model", request.Json["model"]!.GetValue<string>());
        var messages = request.Json["messages"]!.AsArray();
        Assert.Equal("system", messages[0]!["role"]!.GetValue<string>());
        Assert.Equal("Say hello", messages[1]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenAiCompatible_Streaming_ReadsSseChunksUntilDone()
    {
        await using var server = new FakeLlmServer(_ => FakeReply.Stream(["Hel", "lo ", "world"], 5, 7));
        using var client = Create(new LlmEndpointOptions { Provider = "ollama", BaseUrl = server.BaseUrl + "/v1" });

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(Hello, cancellationToken: CancellationToken.None))
        {
            updates.Add(update);
        }

        var response = updates.ToChatResponse();
        Assert.Equal("Hello world", response.Text);
        Assert.Equal(7, response.Usage?.OutputTokenCount);
        Assert.True(Assert.Single(server.Requests).Json["stream"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Azure_UsesDeploymentPathApiVersionAndApiKeyHeader()
    {
        await using var server = new FakeLlmServer(_ => FakeReply.Chat("hi"));
        using var client = Create(new LlmEndpointOptions { Provider = "azure", BaseUrl = server.BaseUrl, Deployment = "narrator", ApiKey = "az-key", ApiVersion = "2025-01-01" });

        await client.GetResponseAsync(Hello, cancellationToken: CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/narrator/chat/completions?api-version=2025-01-01", request.PathAndQuery);
        Assert.Equal("az-key", request.Header("api-key"));
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task Anthropic_SpeaksMessagesApi_AndReadsUsage()
    {
        await using var server = new FakeLlmServer(_ => FakeReply.Anthropic("Bonjour", 21, 43));
        using var client = Create(new LlmEndpointOptions { Provider = "anthropic", BaseUrl = server.BaseUrl, Model = "claude-test", ApiKey = "ant-key" });

        var response = await client.GetResponseAsync(Hello, new ChatOptions { MaxOutputTokens = 300 }, CancellationToken.None);

        Assert.Equal("Bonjour", response.Text);
        Assert.Equal(21, response.Usage?.InputTokenCount);
        Assert.Equal(43, response.Usage?.OutputTokenCount);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/messages", request.Path);
        // The official SDK (13.x) sends the API key as a bearer token and pins its own API version.
        Assert.Equal("Bearer ant-key", request.Header("Authorization"));
        Assert.False(string.IsNullOrEmpty(request.Header("anthropic-version")));
        Assert.Equal("claude-test", request.Json["model"]!.GetValue<string>());
        Assert.Equal(300, request.Json["max_tokens"]!.GetValue<int>());
        Assert.Equal("Be brief.", Assert.Single(request.Json["system"]!.AsArray())!["text"]!.GetValue<string>());
        var message = Assert.Single(request.Json["messages"]!.AsArray());
        Assert.Equal("user", message!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anthropic_ErrorStatus_BecomesLlmHttpExceptionWithRetryAfter()
    {
        await using var server = new FakeLlmServer(_ => FakeReply.Error(529, "Overloaded", retryAfter: "3"));
        using var client = Create(new LlmEndpointOptions { Provider = "anthropic", BaseUrl = server.BaseUrl, ApiKey = "ant-key" });

        var ex = await Assert.ThrowsAsync<LlmHttpException>(() => client.GetResponseAsync(Hello, cancellationToken: CancellationToken.None));

        Assert.Equal(529, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), ex.RetryAfter);
        Assert.Contains("Overloaded", ex.Message);
    }

    [Fact]
    public async Task JsonObjectOnlyProvider_GetsJsonModeWithTheSchemaInThePrompt()
    {
        await using var server = new FakeLlmServer(_ => FakeReply.Chat("{}"));
        using var client = Create(new LlmEndpointOptions { Provider = "deepseek", BaseUrl = server.BaseUrl, ApiKey = "k" });
        using var schema = System.Text.Json.JsonDocument.Parse("""{"type":"object","properties":{"marker_field":{"type":"string"}}}""");

        await client.GetResponseAsync(Hello, new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement, "x") }, CancellationToken.None);

        var json = Assert.Single(server.Requests).Json;
        Assert.Equal("json_object", json["response_format"]!["type"]!.GetValue<string>());
        Assert.Contains("marker_field", json["messages"]![0]!["content"]!.GetValue<string>());
        Assert.Equal("deepseek-chat", json["model"]!.GetValue<string>());
    }

    private static IChatClient Create(LlmEndpointOptions options) =>
        new ChatClientFactory().Create(LlmProviderPresets.Resolve(options));
}
