using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Reelforge.Providers.Resilience;

/// <summary>
/// The Polly retry (and per-attempt timeout) every kind of dependency is retried by, built from its named
/// <see cref="RetryPolicy"/>: the one transient classifier (<see cref="TransientFailure"/>) decides what is retried, the
/// policy's backoff formula (the server's Retry-After first) how long to wait. A server that asks for a longer wait than
/// the policy's MaxDelay is not waited for: the caller fails now (a task is retried later by the queue). An HTTP request
/// may narrow it for itself (<see cref="MaxRetriesKey"/>, <see cref="AttemptTimeoutKey"/>): a connection test retries
/// nothing, an engine follows its own MaxRetries setting.
/// </summary>
public static class TransientRetryPipeline
{
    /// <summary>Retries this request allows (at most the policy's bound of 20).</summary>
    public static readonly HttpRequestOptionsKey<int> MaxRetriesKey = new("reelforge.retry.max");

    /// <summary>How long one attempt of this request may take.</summary>
    public static readonly HttpRequestOptionsKey<TimeSpan> AttemptTimeoutKey = new("reelforge.retry.attempt-timeout");

    private const int MaxRetriesBound = 20;

    /// <summary>The retry for HTTP answers: 408, 429 and 5xx are transient, their Retry-After honoured.</summary>
    /// <param name="retryTooManyRequests">
    /// False where a 429 means something else than "wait": a stock API's 429 is a spent key's quota, which its caller
    /// answers by moving to the next key, so waiting here would only delay that.
    /// </param>
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddTransientRetry(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder, RetryPolicy policy, TimeProvider time, ILogger? logger = null,
        bool retryTooManyRequests = true)
    {
        ArgumentNullException.ThrowIfNull(time);
        return builder.AddTransientRetry(policy, time, response =>
        {
            var status = (int)response.StatusCode;
            var transient = TransientFailure.IsTransient(response) && (retryTooManyRequests || status != 429);
            return new RetryVerdict(transient, TransientFailure.ReadRetryAfter(response.Headers, time), $"HTTP {status}");
        }, logger);
    }

    /// <summary>
    /// The retry for any attempt: exceptions are judged by <see cref="TransientFailure"/> (and a timed-out attempt is
    /// transient), results by <paramref name="judge"/>.
    /// </summary>
    public static ResiliencePipelineBuilder<T> AddTransientRetry<T>(
        this ResiliencePipelineBuilder<T> builder, RetryPolicy policy, TimeProvider time, Func<T, RetryVerdict> judge, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(judge);
        var log = logger ?? NullLogger.Instance;
        builder.AddRetry(new RetryStrategyOptions<T>
        {
            MaxRetryAttempts = MaxRetriesBound,
            ShouldHandle = args => ValueTask.FromResult(
                args.AttemptNumber < MaxRetriesOf(args.Context, policy)
                && Judge(args.Outcome, judge, time) is { Transient: true } verdict
                && !(verdict.RetryAfter > policy.MaxDelay)),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(policy.DelayFor(args.AttemptNumber, Judge(args.Outcome, judge, time).RetryAfter)),
            OnRetry = args =>
            {
                log.LogWarning("{Host} failed ({Reason}); retry {Retry} in {DelayMs} ms",
                    args.Context.GetRequestMessage()?.RequestUri?.Authority ?? args.Context.OperationKey, Judge(args.Outcome, judge, time).Reason,
                    args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds);
                // The failed answer is not handed to anyone: free its connection before the next attempt.
                (args.Outcome.Result as IDisposable)?.Dispose();
                return default;
            },
        });
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(AttemptTimeoutOf(args.Context, policy)),
        });
        return builder;
    }

    /// <summary>A pipeline of its own for <paramref name="policy"/>, for a dependency that is not called through an HTTP handler.</summary>
    public static ResiliencePipeline<T> Build<T>(RetryPolicy policy, TimeProvider time, Func<T, RetryVerdict> judge, ILogger? logger = null) =>
        new ResiliencePipelineBuilder<T> { TimeProvider = time }.AddTransientRetry(policy, time, judge, logger).Build();

    /// <summary>A client with this retry over its own connection pool, for a provider used without the host (tests, tools).</summary>
    public static HttpClient CreateClient(RetryPolicy policy, TimeProvider time, ILogger? logger = null)
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }.AddTransientRetry(policy, time, logger).Build();
#pragma warning disable CA2000 // owned by the HttpClient
        var handler = new ResilienceHandler(pipeline) { InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } };
#pragma warning restore CA2000
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static RetryVerdict Judge<T>(Outcome<T> outcome, Func<T, RetryVerdict> judge, TimeProvider time)
    {
        switch (outcome.Exception)
        {
            case null:
                return judge(outcome.Result!);
            case TimeoutRejectedException:
                return new RetryVerdict(true, null, "timed out");
            case var error:
                var transient = TransientFailure.IsTransient(error, time, out var status, out var retryAfter);
                return new RetryVerdict(transient, retryAfter, status is > 0 ? $"HTTP {status}: {error.Message}" : error.Message);
        }
    }

    private static int MaxRetriesOf(ResilienceContext context, RetryPolicy policy) =>
        context.GetRequestMessage()?.Options.TryGetValue(MaxRetriesKey, out var max) == true ? Math.Min(max, MaxRetriesBound) : policy.MaxRetries;

    private static TimeSpan AttemptTimeoutOf(ResilienceContext context, RetryPolicy policy) =>
        context.GetRequestMessage()?.Options.TryGetValue(AttemptTimeoutKey, out var timeout) == true ? timeout
        : policy.AttemptTimeout ?? Timeout.InfiniteTimeSpan;
}
