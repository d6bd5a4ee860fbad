using Microsoft.Extensions.AI;

namespace Reelforge.Providers.Llm;

/// <summary>
/// For APIs that accept only response_format json_object (DeepSeek, Moonshot, DashScope, Groq):
/// the JSON schema moves into a system instruction and the request asks for plain JSON mode.
/// </summary>
public sealed class JsonSchemaInPromptChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (m, o) = Rewrite(messages, options);
        return base.GetResponseAsync(m, o, cancellationToken);
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (m, o) = Rewrite(messages, options);
        return base.GetStreamingResponseAsync(m, o, cancellationToken);
    }

    internal static (IEnumerable<ChatMessage> Messages, ChatOptions? Options) Rewrite(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        if (options?.ResponseFormat is not ChatResponseFormatJson { Schema: { } schema })
        {
            return (messages, options);
        }

        var copy = options.Clone();
        copy.ResponseFormat = ChatResponseFormat.Json;
        var instruction = new ChatMessage(ChatRole.System, "Answer with only a JSON object matching this JSON schema:\n" + schema.GetRawText());
        return ([instruction, .. messages], copy);
    }
}
