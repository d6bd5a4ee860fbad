namespace Reelforge.Providers.Tests.Footage;

/// <summary>A clock the test moves by hand; timers (Task.Delay) still run on real time.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
