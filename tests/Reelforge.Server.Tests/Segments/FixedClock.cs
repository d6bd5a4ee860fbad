namespace Reelforge.Server.Tests.Segments;

/// <summary>A clock stopped at one instant: a worker that heartbeat long ago.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
