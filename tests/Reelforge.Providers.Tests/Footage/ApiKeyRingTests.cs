using Reelforge.Providers.Footage;

namespace Reelforge.Providers.Tests.Footage;

public sealed class ApiKeyRingTests
{
    [Fact]
    public void Next_RotatesAndSkipsKeysSetAside()
    {
        var ring = new ApiKeyRing(["a", "b", "c", " ", "a"]);

        Assert.Equal(["a", "b", "c", "a"], Enumerable.Range(0, 4).Select(_ => ring.Next()));
        ring.SetAside("b");
        Assert.Equal(["c", "a", "c"], Enumerable.Range(0, 3).Select(_ => ring.Next()));
        ring.SetAside("a");
        ring.SetAside("c");
        Assert.Null(ring.Next());
        Assert.Equal("key #2", ring.Describe("b"));
    }
}
