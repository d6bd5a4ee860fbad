using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenAI;
using OpenAI.Chat;

namespace Reelforge.Providers.Llm;

/// <summary>
/// Builds an <see cref="IChatClient"/> per endpoint: the OpenAI SDK (through Microsoft.Extensions.AI.OpenAI)
/// for OpenAI-compatible and Azure endpoints, Anthropic's official SDK (its IChatClient adapter) for Anthropic; and the
/// resilient chain over the primary endpoint and its fallbacks.
/// </summary>
/// <param name="handler">The HTTP handler to send through (tests pass one; null = a shared SocketsHttpHandler).</param>
public sealed class ChatClientFactory(HttpMessageHandler? handler = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
{
    private static readonly Lazy<HttpMessageHandler> SharedHandler = new(() => new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    });

    private const int AnthropicDefaultMaxTokens = 4096;

    private readonly HttpMessageHandler _handler = handler ?? SharedHandler.Value;
    private readonly ILoggerFactory _loggers = loggerFactory ?? NullLoggerFactory.Instance;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>One endpoint, no retries (the SDK's own retry policy is turned off; <see cref="ResilientChatClient"/> retries).</summary>
    public IChatClient Create(LlmEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        switch (endpoint.Kind)
        {
            case LlmProviderKind.Anthropic:
                return AnthropicChatClient(endpoint);
            case LlmProviderKind.AzureOpenAi:
                var azureBase = new Uri($"{endpoint.BaseUrl.ToString().TrimEnd('/')}/openai/deployments/{Uri.EscapeDataString(endpoint.Deployment)}/");
#pragma warning disable CA2000 // owned by the HttpClient, which the transport owns
                var azureHandler = new AzureOpenAiHandler(endpoint.ApiVersion, _handler);
#pragma warning restore CA2000
                return OpenAiChatClient(endpoint, azureBase, new HttpClient(azureHandler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan });
            default:
                var client = OpenAiChatClient(endpoint, new Uri(endpoint.BaseUrl.ToString().TrimEnd('/') + "/"), NewHttpClient(_handler));
                return endpoint.SupportsJsonSchema ? client : new JsonSchemaInPromptChatClient(client);
        }
    }

    /// <summary>The primary endpoint plus fallbacks, with retries and circuit breakers. Validates first.</summary>
    public ResilientChatClient CreateResilient(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        LlmOptionsValidator.ThrowIfInvalid(options);
        if (!options.IsConfigured)
        {
            throw new LlmConfigurationException(["Llm:Provider is not set (Reelforge__Llm__Provider)."]);
        }

        var routes = new List<LlmRoute>();
        foreach (var endpointOptions in new LlmEndpointOptions[] { options }.Concat(options.Fallbacks))
        {
            var endpoint = LlmProviderPresets.Resolve(endpointOptions);
            routes.Add(new LlmRoute(endpoint.Provider, endpoint.Model, Create(endpoint), endpoint.Timeout, endpoint.ApiKey));
        }

        return new ResilientChatClient(routes, options.Resilience, _loggers.CreateLogger<ResilientChatClient>(), _time);
    }

    private static IChatClient OpenAiChatClient(LlmEndpoint endpoint, Uri baseUrl, HttpClient http)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = baseUrl,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = endpoint.Timeout + TimeSpan.FromSeconds(5),
        };

        // Local servers (ollama, vllm, lmstudio) ignore the key, but the SDK requires one.
        var credential = new ApiKeyCredential(string.IsNullOrEmpty(endpoint.ApiKey) ? "no-key" : endpoint.ApiKey);
        return new ChatClient(endpoint.Model, credential, clientOptions).AsIChatClient();
    }

    private JsonSchemaInPromptChatClient AnthropicChatClient(LlmEndpoint endpoint)
    {
#pragma warning disable CA2000 // owned by the HttpClient, which the SDK client owns
        var errors = new AnthropicErrorHandler(_time, _handler);
#pragma warning restore CA2000
        var client = new AnthropicClient
        {
            ApiKey = endpoint.ApiKey,
            BaseUrl = endpoint.BaseUrl.ToString().TrimEnd('/'),
            HttpClient = new HttpClient(errors, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan },
            MaxRetries = 0,
            Timeout = endpoint.Timeout + TimeSpan.FromSeconds(5),
        };

        // Structured outputs are not on every Claude model: the schema goes into the system prompt instead.
        // max_tokens is required by the Messages API; 4096 when the caller sets none (the SDK's own default is 1024).
        return new JsonSchemaInPromptChatClient(client.AsIChatClient(endpoint.Model, defaultMaxOutputTokens: AnthropicDefaultMaxTokens));
    }

    private static HttpClient NewHttpClient(HttpMessageHandler handler) =>
        new(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
}
