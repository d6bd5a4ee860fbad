using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Writing;
using Reelforge.Providers.Llm;

namespace Reelforge.Providers.Writing;

/// <summary>Chooses the writer from the "Llm" section: the LLM writer when a provider is set, else the keyword writer.</summary>
public static class ScriptWriterFactory
{
    /// <param name="cacheDirectory">Where LLM answers are cached (e.g. ~/.cache/reelforge/llm).</param>
    /// <param name="handler">HTTP handler for the LLM calls; null = a shared SocketsHttpHandler (tests pass a loopback one).</param>
    /// <exception cref="LlmConfigurationException">The section names a provider but is invalid.</exception>
    public static IScriptWriter Create(
        LlmOptions options,
        string cacheDirectory,
        bool bypassCache = false,
        ILoggerFactory? loggerFactory = null,
        HttpMessageHandler? handler = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        LlmOptionsValidator.ThrowIfInvalid(options);
        if (!options.IsConfigured)
        {
            return new KeywordScriptWriter();
        }

        var loggers = loggerFactory ?? NullLoggerFactory.Instance;
        var chat = new ChatClientFactory(handler, loggers, timeProvider).CreateResilient(options);
        return Writer(options, chat, cacheDirectory, bypassCache, loggers);
    }

    /// <summary>The writer for <paramref name="options"/> over a chat client the caller keeps (a shared one, with its circuit breaker).</summary>
    public static IScriptWriter Create(LlmOptions options, Func<LlmOptions, IChatClient> chat, string cacheDirectory, bool bypassCache, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        LlmOptionsValidator.ThrowIfInvalid(options);
        if (!options.IsConfigured)
        {
            return new KeywordScriptWriter();
        }

        return Writer(options, chat(options), cacheDirectory, bypassCache, loggerFactory);
    }

    private static LlmScriptWriter Writer(LlmOptions options, IChatClient chat, string cacheDirectory, bool bypassCache, ILoggerFactory loggerFactory)
    {
        var primary = LlmProviderPresets.Resolve(options);
        return new LlmScriptWriter(chat, primary.Provider, primary.Model, cacheDirectory, bypassCache, loggerFactory.CreateLogger<LlmScriptWriter>());
    }
}
