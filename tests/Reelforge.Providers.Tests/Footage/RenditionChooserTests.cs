using Reelforge.Providers.Footage;

namespace Reelforge.Providers.Tests.Footage;

public sealed class RenditionChooserTests
{
    private static Rendition R(int w, int h) => new(new Uri($"https://videos.pexels.com/{w}x{h}.mp4"), w, h);

    [Fact]
    public void Choose_TakesTheSmallestRenditionCoveringBothSides()
    {
        var chosen = RenditionChooser.Choose([R(2160, 3840), R(540, 960), R(1080, 1920), R(1440, 2560)], 1080, 1920);

        Assert.Equal(R(1080, 1920), chosen);
    }

    [Fact]
    public void Choose_WhenNoneCovers_TakesTheLargestInsteadOfUpscalingASmallerOne()
    {
        Assert.Equal(R(1280, 720), RenditionChooser.Choose([R(640, 360), R(1280, 720), R(960, 540)], 1920, 1080));
    }

    [Fact]
    public void Choose_IgnoresRenditionsWithoutASize()
    {
        Assert.Null(RenditionChooser.Choose([R(0, 0)], 1080, 1920));
        Assert.Equal(R(640, 360), RenditionChooser.Choose([R(0, 0), R(640, 360)], 1080, 1920));
    }
}
