using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Llm;

/// <summary>
/// Tries each endpoint in order: per endpoint, retries with exponential backoff (or the server's
/// Retry-After) on 429/5xx/timeouts/network errors, and a circuit breaker skips endpoints that keep
/// failing. The answering endpoint is stamped on the response (<see cref="ProviderProperty"/>, ModelId).
/// </summary>
public sealed class ResilientChatClient : IChatClient
{
    /// <summary>AdditionalProperties key naming the provider that answered.</summary>
    public const string ProviderProperty = "reelforge.provider";

    private readonly IReadOnlyList<LlmRoute> _routes;
    private readonly LlmResilienceOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public ResilientChatClient(
        IReadOnlyList<LlmRoute> routes,
        LlmResilienceOptions? options = null,
        ILogger? logger = null,
        TimeProvider? timeProvider = null,
        Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        ArgumentNullException.ThrowIfNull(routes);
        if (routes.Count == 0)
        {
            throw new ArgumentException("At least one LLM endpoint is required.", nameof(routes));
        }

        _routes = routes;
        _options = options ?? new LlmResilienceOptions();
        _logger = logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _delay = delay ?? ((d, ct) => Task.Delay(d, _time, ct));
        Breaker = new LlmCircuitBreaker(_options.BreakerFailureThreshold, _options.BreakDuration, _time);
    }

    public IReadOnlyList<LlmRoute> Routes => _routes;

    public LlmCircuitBreaker Breaker { get; }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? [.. messages];
        var failures = new List<string>();
        Exception? last = null;
        foreach (var route in _routes)
        {
            if (Breaker.IsOpen(route.Name))
            {
                _logger.LogWarning("LLM endpoint {Endpoint} skipped: circuit open", route.Name);
                failures.Add($"{route.Name}: skipped (circuit open)");
                continue;
            }

            for (var attempt = 0; ; attempt++)
            {
                using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attemptCts.CancelAfter(route.Timeout);
                try
                {
                    var response = await route.Client.GetResponseAsync(list, ForRoute(options, route), attemptCts.Token);
                    Breaker.RecordSuccess(route.Name);
                    Stamp(response, route);
                    return response;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception ex)
                {
                    last = ex is OperationCanceledException ? new TimeoutException($"{route.Name} did not answer within {route.Timeout.TotalSeconds:0.#} s.", ex) : ex;
                    if (!await ShouldRetryAsync(route, attempt, last, failures, cancellationToken))
                    {
                        break;
                    }
                }
            }
        }

        throw new LlmUnavailableException(failures, last);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Retries and fallbacks only happen before the first update: a half-streamed answer cannot be replayed.
        var list = messages as IList<ChatMessage> ?? [.. messages];
        var failures = new List<string>();
        Exception? last = null;
        foreach (var route in _routes)
        {
            if (Breaker.IsOpen(route.Name))
            {
                failures.Add($"{route.Name}: skipped (circuit open)");
                continue;
            }

            for (var attempt = 0; ; attempt++)
            {
                // The timeout covers the whole streamed answer, not only its first chunk.
                var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attemptCts.CancelAfter(route.Timeout);
                IAsyncEnumerator<ChatResponseUpdate>? enumerator = null;
                ChatResponseUpdate? first = null;
                try
                {
                    enumerator = route.Client.GetStreamingResponseAsync(list, ForRoute(options, route), attemptCts.Token).GetAsyncEnumerator(attemptCts.Token);
                    first = await enumerator.MoveNextAsync() ? enumerator.Current : null;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    await DisposeQuietlyAsync(enumerator, attemptCts);
                    throw;
                }
                catch (Exception ex)
                {
                    await DisposeQuietlyAsync(enumerator, attemptCts);
                    last = ex is OperationCanceledException ? new TimeoutException($"{route.Name} did not start streaming within {route.Timeout.TotalSeconds:0.#} s.", ex) : ex;
                    if (!await ShouldRetryAsync(route, attempt, last, failures, cancellationToken))
                    {
                        break;
                    }

                    continue;
                }

                try
                {
                    Breaker.RecordSuccess(route.Name);
                    if (first is null)
                    {
                        yield break;
                    }

                    first.AdditionalProperties ??= [];
                    first.AdditionalProperties[ProviderProperty] = route.Provider;
                    yield return first;
                    while (await enumerator.MoveNextAsync())
                    {
                        yield return enumerator.Current;
                    }
                }
                finally
                {
                    await DisposeQuietlyAsync(enumerator, attemptCts);
                }

                yield break;
            }
        }

        throw new LlmUnavailableException(failures, last);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ResilientChatClient) ? this : _routes[0].Client.GetService(serviceType, serviceKey);

    public void Dispose()
    {
        foreach (var route in _routes)
        {
            route.Client.Dispose();
        }
    }

    private static async Task DisposeQuietlyAsync(IAsyncEnumerator<ChatResponseUpdate>? enumerator, CancellationTokenSource attemptCts)
    {
        try
        {
            if (enumerator is not null)
            {
                await enumerator.DisposeAsync();
            }
        }
        catch (Exception)
        {
            // Disposing a failed stream must not hide the failure being handled.
        }
        finally
        {
            attemptCts.Dispose();
        }
    }

    private static ChatOptions ForRoute(ChatOptions? options, LlmRoute route)
    {
        var copy = options?.Clone() ?? new ChatOptions();
        copy.ModelId = route.Model;
        return copy;
    }

    private static void Stamp(ChatResponse response, LlmRoute route)
    {
        response.AdditionalProperties ??= [];
        response.AdditionalProperties[ProviderProperty] = route.Provider;
        response.ModelId ??= route.Model;
    }

    /// <summary>Logs the failure; waits and returns true when another attempt on this route is worthwhile.</summary>
    private async Task<bool> ShouldRetryAsync(LlmRoute route, int attempt, Exception error, List<string> failures, CancellationToken cancellationToken)
    {
        var transient = TransientFailure.IsTransient(error, _time, out var status, out var retryAfter);
        var reason = Scrub($"{(status is > 0 ? $"HTTP {status}: " : string.Empty)}{error.GetType().Name}: {error.Message}", route.Secret);
        if (transient && attempt < _options.MaxRetries)
        {
            var delay = DelayFor(attempt, retryAfter);
            _logger.LogWarning("LLM endpoint {Endpoint} failed (attempt {Attempt}), retrying in {DelayMs} ms: {Reason}", route.Name, attempt + 1, (long)delay.TotalMilliseconds, reason);
            await _delay(delay, cancellationToken);
            return true;
        }

        failures.Add($"{route.Name}: {reason}");
        var opened = Breaker.RecordFailure(route.Name);
        _logger.LogError("LLM endpoint {Endpoint} gave up after {Attempts} attempt(s){Breaker}: {Reason}", route.Name, attempt + 1, opened ? " (circuit opened)" : string.Empty, reason);
        return false;
    }

    private TimeSpan DelayFor(int attempt, TimeSpan? retryAfter) => _options.Retry.DelayFor(attempt, retryAfter);

    internal static string Scrub(string text, string? secret) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "***", StringComparison.Ordinal);
}
