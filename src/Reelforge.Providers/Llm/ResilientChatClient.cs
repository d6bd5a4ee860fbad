using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Timeout;
using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Llm;

/// <summary>
/// Tries each endpoint in order: per endpoint, the named retry policy "llm" (<see cref="LlmResilienceOptions.Retry"/>,
/// a <see cref="TransientRetryPipeline"/>) retries 429/5xx/timeouts/network errors with exponential backoff or the
/// server's Retry-After; then a circuit breaker, shared by every call through this client, skips endpoints that keep
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
    private readonly ResiliencePipeline<LlmAttempt<ChatResponse>> _retry;
    private readonly ResiliencePipeline<LlmAttempt<LlmStreamStart>> _streamRetry;

    /// <param name="timeProvider">The breaker's clock and the retries' waits.</param>
    public ResilientChatClient(
        IReadOnlyList<LlmRoute> routes,
        LlmResilienceOptions? options = null,
        ILogger? logger = null,
        TimeProvider? timeProvider = null)
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
        _retry = TransientRetryPipeline.Build<LlmAttempt<ChatResponse>>(_options.Retry, _time, Judge, _logger);
        _streamRetry = TransientRetryPipeline.Build<LlmAttempt<LlmStreamStart>>(_options.Retry, _time, Judge, _logger);
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

            var (attempt, attempts) = await RunAsync(_retry, route, (route, list, options), static async (state, token) =>
            {
                var (route, list, options) = state;
                using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(token);
                attemptCts.CancelAfter(route.Timeout);
                try
                {
                    return new LlmAttempt<ChatResponse>(await route.Client.GetResponseAsync(list, ForRoute(options, route), attemptCts.Token), null);
                }
                catch (Exception ex) when (!token.IsCancellationRequested)
                {
                    return new LlmAttempt<ChatResponse>(null, ex is OperationCanceledException ? new TimeoutException($"{route.Name} did not answer within {route.Timeout.TotalSeconds:0.#} s.", ex) : ex);
                }
            }, cancellationToken);
            if (attempt.Value is { } response)
            {
                Breaker.RecordSuccess(route.Name);
                Stamp(response, route);
                return response;
            }

            last = attempt.Error!;
            GiveUp(route, attempts, last, failures);
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

            var (attempt, attempts) = await RunAsync(_streamRetry, route, (route, list, options, cancellationToken), static async (state, token) =>
            {
                var (route, list, options, caller) = state;
                // The endpoint's timeout covers the whole streamed answer, not only its first chunk; the pipeline's
                // token (its AttemptTimeout) only the start, as it is not the stream's once the attempt is over.
                var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(caller);
                attemptCts.CancelAfter(route.Timeout);
                IAsyncEnumerator<ChatResponseUpdate>? enumerator = null;
                using var untilStarted = token.Register(static cts => ((CancellationTokenSource)cts!).Cancel(), attemptCts);
                try
                {
                    enumerator = route.Client.GetStreamingResponseAsync(list, ForRoute(options, route), attemptCts.Token).GetAsyncEnumerator(attemptCts.Token);
                    var first = await enumerator.MoveNextAsync() ? enumerator.Current : null;
                    return new LlmAttempt<LlmStreamStart>(new LlmStreamStart(enumerator, first, attemptCts), null);
                }
                catch (Exception ex)
                {
                    await DisposeQuietlyAsync(enumerator, attemptCts);
                    if (token.IsCancellationRequested)
                    {
                        throw;
                    }

                    return new LlmAttempt<LlmStreamStart>(null, ex is OperationCanceledException ? new TimeoutException($"{route.Name} did not start streaming within {route.Timeout.TotalSeconds:0.#} s.", ex) : ex);
                }
            }, cancellationToken);
            if (attempt.Value is not { } start)
            {
                last = attempt.Error!;
                GiveUp(route, attempts, last, failures);
                continue;
            }

            try
            {
                Breaker.RecordSuccess(route.Name);
                if (start.First is null)
                {
                    yield break;
                }

                start.First.AdditionalProperties ??= [];
                start.First.AdditionalProperties[ProviderProperty] = route.Provider;
                yield return start.First;
                while (await start.Enumerator.MoveNextAsync())
                {
                    yield return start.Enumerator.Current;
                }
            }
            finally
            {
                await DisposeQuietlyAsync(start.Enumerator, start.Cancellation);
            }

            yield break;
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

    /// <summary>
    /// One endpoint's attempts through the "llm" retry pipeline: the last attempt and how many there were. A failure is
    /// returned, not thrown, so that what the log and the caller see is scrubbed of the endpoint's key.
    /// </summary>
    private static async Task<(LlmAttempt<T> Last, int Attempts)> RunAsync<T, TState>(
        ResiliencePipeline<LlmAttempt<T>> retry, LlmRoute route, TState state, Func<TState, CancellationToken, Task<LlmAttempt<T>>> once, CancellationToken cancellationToken)
        where T : class
    {
        var attempts = 0;
        var context = ResilienceContextPool.Shared.Get(route.Name, cancellationToken);
        try
        {
            var last = await retry.ExecuteAsync(
                async (context, s) =>
                {
                    attempts++;
                    return await s.Once(s.State, context.CancellationToken) with { Secret = s.Secret };
                },
                context,
                (Once: once, State: state, route.Secret));
            return (last, attempts);
        }
        catch (TimeoutRejectedException e)
        {
            return (new LlmAttempt<T>(null, new TimeoutException($"{route.Name} did not answer within the Resilience:Llm:AttemptTimeout.", e)), attempts);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private RetryVerdict Judge<T>(LlmAttempt<T> attempt)
        where T : class
    {
        if (attempt.Error is not { } error)
        {
            return RetryVerdict.Final("answered");
        }

        var transient = TransientFailure.IsTransient(error, _time, out var status, out var retryAfter);
        return new RetryVerdict(transient, retryAfter, Reason(error, status, attempt.Secret));
    }

    private void GiveUp(LlmRoute route, int attempts, Exception error, List<string> failures)
    {
        TransientFailure.IsTransient(error, _time, out var status, out _);
        var reason = Reason(error, status, route.Secret);
        failures.Add($"{route.Name}: {reason}");
        var opened = Breaker.RecordFailure(route.Name);
        _logger.LogError("LLM endpoint {Endpoint} gave up after {Attempts} attempt(s){Breaker}: {Reason}", route.Name, attempts, opened ? " (circuit opened)" : string.Empty, reason);
    }

    private static string Reason(Exception error, int? status, string? secret) =>
        Scrub($"{(status is > 0 ? $"HTTP {status}: " : string.Empty)}{error.GetType().Name}: {error.Message}", secret);

    internal static string Scrub(string text, string? secret) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "***", StringComparison.Ordinal);
}
