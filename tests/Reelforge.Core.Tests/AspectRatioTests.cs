using Reelforge.Core.Requests;

namespace Reelforge.Core.Tests;

public class AspectRatioTests
{
    [Theory]
    [InlineData("9:16", 1080, 1920)]
    [InlineData("16:9", 1920, 1080)]
    [InlineData("1:1", 1080, 1080)]
    [InlineData("4:5", 1080, 1350)]
    public void SizeFor_Default_Has1080OnTheShortSide(string text, int width, int height)
    {
        Assert.True(AspectRatio.TryParse(text, out var aspect));
        Assert.Equal(new FrameSize(width, height), aspect.SizeFor());
    }

    [Fact]
    public void SizeFor_SmallTestSize_KeepsBothSidesEven()
    {
        Assert.Equal(new FrameSize(360, 640), AspectRatio.Portrait.SizeFor(360));
        Assert.Equal(new FrameSize(360, 450), AspectRatio.Feed.SizeFor(360));
    }

    [Theory]
    [InlineData("")]
    [InlineData("3:2")]
    [InlineData("portrait")]
    public void TryParse_Unknown_Fails(string text) => Assert.False(AspectRatio.TryParse(text, out _));
}
