using System.Net;
using Reelforge.Providers.Llm;
using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Tests.Resilience;

/// <summary>One rule for every dependency and for tasks: what is worth another try.</summary>
public sealed class TransientFailureTests
{
    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(200, false)]
    public void Response_IsTransientOnlyFor408_429And5xx(int status, bool transient)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(transient, TransientFailure.IsTransient(response));
        Assert.Equal(transient, TransientFailure.IsTransient(new HttpRequestException("failed", null, (HttpStatusCode)status)));
    }

    [Fact]
    public void NetworkFailuresAndTimeouts_AreTransient_CancellationIsNot()
    {
        Assert.True(TransientFailure.IsTransient(new HttpRequestException("connection refused")));
        Assert.True(TransientFailure.IsTransient(new IOException("connection reset")));
        Assert.True(TransientFailure.IsTransient(new TimeoutException()));
        Assert.True(TransientFailure.IsTransient(new TaskCanceledException("HttpClient.Timeout", new TimeoutException())));
        Assert.False(TransientFailure.IsTransient(new OperationCanceledException()));
        Assert.False(TransientFailure.IsTransient(new TaskCanceledException()));
        Assert.False(TransientFailure.IsTransient(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void WrappedFailure_IsJudgedByWhatItWraps()
    {
        Assert.True(TransientFailure.IsTransient(new InvalidOperationException("wrapped", new HttpRequestException("down", null, HttpStatusCode.BadGateway))));
        Assert.False(TransientFailure.IsTransient(new InvalidOperationException("wrapped", new HttpRequestException("no", null, HttpStatusCode.Unauthorized))));
    }

    [Fact]
    public void LlmUnavailable_IsTransientWhenItsEndpointsFailedTransientlyOrWereSkipped()
    {
        Assert.True(TransientFailure.IsTransient(new LlmUnavailableException(["a: skipped (circuit open)"], null)));
        Assert.True(TransientFailure.IsTransient(new LlmUnavailableException(["a: 503"], new LlmHttpException("overloaded", 503, null))));
        Assert.False(TransientFailure.IsTransient(new LlmUnavailableException(["a: 401"], new LlmHttpException("bad key", 401, null))));
    }

    [Fact]
    public void RetryAfter_ReadsSecondsDatesAndMilliseconds()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromSeconds(7), TransientFailure.ReadRetryAfter(null, "7", clock));
        Assert.Equal(TimeSpan.FromSeconds(30), TransientFailure.ReadRetryAfter(null, "Fri, 04 Dec 2026 12:00:30 GMT", clock));
        Assert.Equal(TimeSpan.FromMilliseconds(250), TransientFailure.ReadRetryAfter("250", "7", clock));
        Assert.Null(TransientFailure.ReadRetryAfter(null, null, clock));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
