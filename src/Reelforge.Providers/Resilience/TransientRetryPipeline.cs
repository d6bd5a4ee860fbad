using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Reelforge.Providers.Resilience;

/// <summary>
/// The Polly retry (and per-attempt timeout) for an HTTP dependency, built from its <see cref="RetryPolicy"/>: the one
/// transient classifier (<see cref="TransientFailure"/>) decides what is retried, the policy's backoff formula (the
/// server's Retry-After first) how long to wait. A request may narrow it for itself (<see cref="MaxRetriesKey"/>,
/// <see cref="AttemptTimeoutKey"/>): a connection test retries nothing, an engine follows its own MaxRetries setting.
/// </summary>
public static class TransientRetryPipeline
{
    /// <summary>Retries this request allows (at most the policy's bound of 20).</summary>
    public static readonly HttpRequestOptionsKey<int> MaxRetriesKey = new("reelforge.retry.max");

    /// <summary>How long one attempt of this request may take.</summary>
    public static readonly HttpRequestOptionsKey<TimeSpan> AttemptTimeoutKey = new("reelforge.retry.attempt-timeout");

    private const int MaxRetriesBound = 20;

    public static ResiliencePipelineBuilder<HttpResponseMessage> AddTransientRetry(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder, RetryPolicy policy, TimeProvider time, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(time);
        var log = logger ?? NullLogger.Instance;
        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = MaxRetriesBound,
            ShouldHandle = args =>
            {
                if (args.AttemptNumber >= MaxRetriesOf(args.Context, policy))
                {
                    return ValueTask.FromResult(false);
                }

                if (args.Outcome.Exception is { } error)
                {
                    return ValueTask.FromResult(error is TimeoutRejectedException || TransientFailure.IsTransient(error));
                }

                var response = args.Outcome.Result!;
                // A server that asks for a longer wait than the policy allows is not waited for: the caller fails now
                // (a task is retried later by the queue).
                return ValueTask.FromResult(TransientFailure.IsTransient(response)
                    && !(TransientFailure.ReadRetryAfter(response.Headers, time) > policy.MaxDelay));
            },
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(policy.DelayFor(
                args.AttemptNumber,
                args.Outcome.Result is { } response ? TransientFailure.ReadRetryAfter(response.Headers, time) : null)),
            OnRetry = args =>
            {
                var reason = args.Outcome.Result is { } response ? $"HTTP {(int)response.StatusCode}" : args.Outcome.Exception?.Message;
                log.LogWarning("{Host} failed ({Reason}); retry {Retry} in {DelayMs} ms",
                    args.Context.GetRequestMessage()?.RequestUri?.Authority, reason, args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds);
                // The failed answer is not handed to anyone: free its connection before the next attempt.
                args.Outcome.Result?.Dispose();
                return default;
            },
        });
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(
                args.Context.GetRequestMessage()?.Options.TryGetValue(AttemptTimeoutKey, out var timeout) == true ? timeout : Timeout.InfiniteTimeSpan),
        });
        return builder;
    }

    /// <summary>A client with this retry over its own connection pool, for a provider used without the host (tests, tools).</summary>
    public static HttpClient CreateClient(RetryPolicy policy, TimeProvider time, ILogger? logger = null)
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }.AddTransientRetry(policy, time, logger).Build();
#pragma warning disable CA2000 // owned by the HttpClient
        var handler = new ResilienceHandler(pipeline) { InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } };
#pragma warning restore CA2000
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static int MaxRetriesOf(ResilienceContext context, RetryPolicy policy) =>
        context.GetRequestMessage()?.Options.TryGetValue(MaxRetriesKey, out var max) == true ? Math.Min(max, MaxRetriesBound) : policy.MaxRetries;
}
