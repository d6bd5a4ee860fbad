using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace Reelforge.Providers.Llm;

/// <summary>
/// The chat clients of this process, one per endpoint setup (provider, model, base URL, key, fallbacks, retry policy),
/// made once and kept: each carries its circuit breaker, so an endpoint that keeps failing is skipped by every task
/// and request, not only by the one that saw it fail. Changed settings (a key saved in the studio) get a client of their own.
/// </summary>
public sealed class LlmChatClients(ChatClientFactory factory) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ResilientChatClient>> _clients = new(StringComparer.Ordinal);

    /// <summary>The shared client for <paramref name="options"/>.</summary>
    /// <exception cref="LlmConfigurationException">The settings are invalid or name no provider.</exception>
    public ResilientChatClient Get(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        LlmOptionsValidator.ThrowIfInvalid(options);
        var lazy = _clients.GetOrAdd(KeyOf(options), _ => new Lazy<ResilientChatClient>(() => factory.CreateResilient(options)));
        try
        {
            return lazy.Value;
        }
        catch (LlmConfigurationException)
        {
            // Not a client: the next call with the same settings reports the same problem afresh.
            _clients.TryRemove(new KeyValuePair<string, Lazy<ResilientChatClient>>(KeyOf(options), lazy));
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated))
        {
            client.Value.Dispose();
        }

        _clients.Clear();
    }

    // A digest, so the dictionary holds no API key in plain text.
    private static string KeyOf(LlmOptions options) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(options)));
}
