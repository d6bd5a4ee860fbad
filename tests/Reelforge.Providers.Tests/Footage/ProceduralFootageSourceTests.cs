using Reelforge.Core.Footage;
using Reelforge.Providers.Footage;

namespace Reelforge.Providers.Tests.Footage;

public sealed class ProceduralFootageSourceTests
{
    private static readonly FootageQuery Scene2 = new(2, [], 3, Portrait: true);

    [Fact]
    public async Task FindAsync_SameSeed_GivesTheSameBackgroundsInEveryProcess()
    {
        var items = await new ProceduralFootageSource(42).FindAsync(Scene2, CancellationToken.None);

        // Fixed values: a process-randomised hash (HashCode.Combine) would change them from run to run.
        Assert.Equal(
            ["procedural:linear:7518cb64", "procedural:radial:70f30113", "procedural:linear:7ecf5f8a", "procedural:radial:64db9401"],
            items.Select(i => i.Id));
    }

    [Fact]
    public async Task FindAsync_OnePalettePerVideo_VariedPerClip()
    {
        var items = await new ProceduralFootageSource(42).FindAsync(Scene2, CancellationToken.None);

        var palette = ColorPalettes.ForSeed(42).Order(StringComparer.Ordinal);
        Assert.All(items, i => Assert.Equal(palette, i.Procedural!.Palette.Order(StringComparer.Ordinal)));
        Assert.Equal(items.Count, items.Select(i => i.Procedural!.Seed).Distinct().Count());
    }
}
