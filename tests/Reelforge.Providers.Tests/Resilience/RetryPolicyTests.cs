using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Tests.Resilience;

/// <summary>The one backoff formula: Retry-After first, else doubling with jitter, both capped.</summary>
public sealed class RetryPolicyTests
{
    private readonly RetryPolicy _policy = new() { MaxRetries = 5, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };

    [Fact]
    public void DelayFor_DoublesPerRetry_WithinTwentyPercentJitter()
    {
        for (var retry = 0; retry < 3; retry++)
        {
            var expected = Math.Pow(2, retry);
            for (var sample = 0; sample < 50; sample++)
            {
                Assert.InRange(_policy.DelayFor(retry).TotalSeconds, expected * 0.8, expected * 1.2);
            }
        }
    }

    [Fact]
    public void DelayFor_IsCappedAtMaxDelay()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), _policy.DelayFor(10));
    }

    [Fact]
    public void DelayFor_HonoursRetryAfter_UpToMaxDelay()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), _policy.DelayFor(0, TimeSpan.FromSeconds(3)));
        Assert.Equal(TimeSpan.FromSeconds(10), _policy.DelayFor(0, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Validate_NamesTheSection()
    {
        var problems = new RetryPolicy { MaxRetries = -1, BaseDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(1) }.Validate("Resilience:Speech");

        Assert.Contains("Resilience:Speech:MaxRetries must be between 0 and 20, not -1.", problems);
        Assert.Contains(problems, p => p.StartsWith("Resilience:Speech:BaseDelay", StringComparison.Ordinal));
    }
}
