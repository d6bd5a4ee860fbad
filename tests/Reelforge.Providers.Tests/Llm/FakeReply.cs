using System.Text.Json.Nodes;

namespace Reelforge.Providers.Tests.Llm;

/// <summary>One scripted answer of the fake server, in the real wire formats.</summary>
public sealed record FakeReply(int Status, string Body, string ContentType = "application/json", TimeSpan Delay = default, IReadOnlyDictionary<string, string>? Headers = null, IReadOnlyList<string>? SseEvents = null)
{
    public static FakeReply Chat(string content, int promptTokens = 12, int completionTokens = 34, string model = "gpt-test") =>
        new(200, new JsonObject
        {
            ["id"] = "chatcmpl-1",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
        }.ToJsonString());

    public static FakeReply Stream(IEnumerable<string> pieces, int promptTokens = 5, int completionTokens = 7)
    {
        var events = pieces.Select(p => Chunk(new JsonObject { ["content"] = p }, null, null)).ToList();
        events.Add(Chunk(new JsonObject(), "stop", null));
        events.Add(new JsonObject
        {
            ["id"] = "chatcmpl-s", ["object"] = "chat.completion.chunk", ["created"] = 1_700_000_000, ["model"] = "gpt-test",
            ["choices"] = new JsonArray(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
        }.ToJsonString());
        events.Add("[DONE]");
        return new FakeReply(200, string.Empty, "text/event-stream", SseEvents: events);
    }

    public static FakeReply Error(int status, string message, string? retryAfter = null) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = "error" } }.ToJsonString(),
            Headers: retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    public static FakeReply Anthropic(string text, int inputTokens = 21, int outputTokens = 43) =>
        new(200, new JsonObject
        {
            ["id"] = "msg_1",
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = "claude-test",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
            ["stop_reason"] = "end_turn",
            ["usage"] = new JsonObject { ["input_tokens"] = inputTokens, ["output_tokens"] = outputTokens },
        }.ToJsonString());

    public FakeReply Slow(TimeSpan delay) => this with { Delay = delay };

    private static string Chunk(JsonObject delta, string? finish, JsonObject? usage) => new JsonObject
    {
        ["id"] = "chatcmpl-s",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_700_000_000,
        ["model"] = "gpt-test",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
        ["usage"] = usage,
    }.ToJsonString();
}
