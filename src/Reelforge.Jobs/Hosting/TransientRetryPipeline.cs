using Polly;
using Polly.Retry;
using Reelforge.Providers.Resilience;

namespace Reelforge.Jobs.Hosting;

/// <summary>
/// A Polly retry strategy for HTTP calls built from a <see cref="RetryPolicy"/>: the one transient classifier
/// (<see cref="TransientFailure"/>) decides what is retried, and the policy's backoff formula (the server's Retry-After first)
/// how long to wait.
/// </summary>
public static class TransientRetryPipeline
{
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddTransientRetry(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder, RetryPolicy policy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(time);
        if (policy.MaxRetries < 1)
        {
            return builder;
        }

        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = policy.MaxRetries,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } error
                ? TransientFailure.IsTransient(error)
                : args.Outcome.Result is { } response && TransientFailure.IsTransient(response)),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(policy.DelayFor(
                args.AttemptNumber,
                args.Outcome.Result is { } response ? TransientFailure.ReadRetryAfter(response.Headers, time) : null)),
            OnRetry = args =>
            {
                // The failed answer is not handed to anyone: free its connection before the next attempt.
                args.Outcome.Result?.Dispose();
                return default;
            },
        });
    }
}
