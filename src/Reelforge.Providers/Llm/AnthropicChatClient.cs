using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Reelforge.Providers.Llm;

/// <summary>
/// A small <see cref="IChatClient"/> over Anthropic's Messages API (POST /v1/messages, x-api-key,
/// anthropic-version). Text only; a JSON-schema response format becomes a system instruction.
/// </summary>
public sealed class AnthropicChatClient(HttpClient http, Uri baseUrl, string model, string? apiKey, TimeProvider? timeProvider = null) : IChatClient
{
    public const string ApiVersion = "2023-06-01";
    private const int DefaultMaxTokens = 4096;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var modelId = options?.ModelId ?? model;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl.ToString().TrimEnd('/') + "/v1/messages"));
        request.Headers.TryAddWithoutValidation("x-api-key", apiKey ?? string.Empty);
        request.Headers.TryAddWithoutValidation("anthropic-version", ApiVersion);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Content = new StringContent(BuildBody(messages, options, modelId).ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new LlmHttpException(
                $"Anthropic answered {(int)response.StatusCode}: {ErrorMessage(body)}",
                (int)response.StatusCode,
                LlmFailureClassifier.ReadRetryAfter(response.Headers, _time));
        }

        return ParseResponse(body, modelId);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Reelforge only needs whole answers; streaming is emulated from one response.
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    internal static JsonObject BuildBody(IEnumerable<ChatMessage> messages, ChatOptions? options, string modelId)
    {
        var system = new StringBuilder();
        var turns = new JsonArray();
        foreach (var message in messages)
        {
            if (message.Role == ChatRole.System)
            {
                system.AppendLine(message.Text);
                continue;
            }

            var role = message.Role == ChatRole.Assistant ? "assistant" : "user";
            turns.Add(new JsonObject { ["role"] = role, ["content"] = message.Text });
        }

        if (options?.ResponseFormat is ChatResponseFormatJson { Schema: { } schema })
        {
            system.AppendLine("Answer with only a JSON value matching this JSON schema, no prose, no code fences:");
            system.AppendLine(schema.GetRawText());
        }
        else if (options?.ResponseFormat is ChatResponseFormatJson)
        {
            system.AppendLine("Answer with only JSON, no prose, no code fences.");
        }

        var body = new JsonObject
        {
            ["model"] = modelId,
            ["max_tokens"] = options?.MaxOutputTokens ?? DefaultMaxTokens,
            ["messages"] = turns,
        };
        if (system.Length > 0)
        {
            body["system"] = system.ToString().Trim();
        }

        if (options?.Temperature is { } temperature)
        {
            body["temperature"] = temperature;
        }

        return body;
    }

    internal static ChatResponse ParseResponse(string body, string modelId)
    {
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        var text = new StringBuilder();
        if (root.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array)
        {
            foreach (var block in content.EnumerateArray())
            {
                if (block.TryGetProperty("type", out var type) && type.GetString() == "text" && block.TryGetProperty("text", out var t))
                {
                    text.Append(t.GetString());
                }
            }
        }

        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, text.ToString()))
        {
            ModelId = root.TryGetProperty("model", out var m) ? m.GetString() : modelId,
            ResponseId = root.TryGetProperty("id", out var id) ? id.GetString() : null,
        };
        if (root.TryGetProperty("usage", out var usage))
        {
            response.Usage = new UsageDetails
            {
                InputTokenCount = ReadLong(usage, "input_tokens"),
                OutputTokenCount = ReadLong(usage, "output_tokens"),
            };
            response.Usage.TotalTokenCount = response.Usage.InputTokenCount + response.Usage.OutputTokenCount;
        }

        if (root.TryGetProperty("stop_reason", out var stop) && stop.ValueKind == JsonValueKind.String)
        {
            response.FinishReason = stop.GetString() switch
            {
                "max_tokens" => ChatFinishReason.Length,
                "tool_use" => ChatFinishReason.ToolCalls,
                _ => ChatFinishReason.Stop,
            };
        }

        return response;
    }

    private static long? ReadLong(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : null;

    private static string ErrorMessage(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("message", out var message))
            {
                return message.GetString() ?? string.Empty;
            }
        }
        catch (JsonException)
        {
        }

        return body.Length > 300 ? body[..300] : body;
    }
}
