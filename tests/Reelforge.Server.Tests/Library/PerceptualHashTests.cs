using Reelforge.Jobs.Library;
using Reelforge.Media;
using Reelforge.Media.Probing;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Library;

/// <summary>dHash as a value, and on real pictures shrunk by ffmpeg: copies within the threshold, other pictures far beyond it.</summary>
public sealed class PerceptualHashTests
{
    [Fact]
    public void Compute_SetsABitWhereAPixelIsBrighterThanItsRightNeighbour()
    {
        var gray = new byte[72];
        gray[0] = 200; // row 0: pixel 0 brighter than pixel 1 → the first (highest) bit
        gray[(7 * 9) + 7] = 200; // row 7: pixel 7 brighter than pixel 8 → the last (lowest) bit
        Assert.Equal(unchecked((long)0x8000_0000_0000_0001UL), PerceptualHash.Compute(gray));
    }

    [Fact]
    public void Distance_CountsDifferingBits()
    {
        Assert.Equal(0, PerceptualHash.Distance(-1, -1));
        Assert.Equal(64, PerceptualHash.Distance(0, -1));
        Assert.Equal(2, PerceptualHash.Distance(0b1010, 0b0000));
    }

    [Fact]
    public async Task HashImage_ResizedJpegCopyIsWithinThreshold_DifferentPictureIsBeyondIt()
    {
        using var media = new TempDirectory();
        var paths = LibraryMedia.Create(media.Path);
        var runner = new FfmpegRunner();
        var fingerprinter = new PictureFingerprinter(runner, new FfprobeClient(runner));

        var original = await fingerprinter.HashImageAsync(paths.Sunset, CancellationToken.None);
        var copy = await fingerprinter.HashImageAsync(paths.SunsetCopy, CancellationToken.None);
        var other = await fingerprinter.HashImageAsync(paths.Mountain, CancellationToken.None);

        Assert.InRange(PerceptualHash.Distance(original, copy), 0, PerceptualHash.NearDuplicateThreshold);
        Assert.InRange(PerceptualHash.Distance(original, other), PerceptualHash.NearDuplicateThreshold * 2, 64);
    }

    [Fact]
    public async Task HashVideo_DiffersBetweenDifferentClips_AndIsStableForTheSameClip()
    {
        using var media = new TempDirectory();
        var paths = LibraryMedia.Create(media.Path);
        var runner = new FfmpegRunner();
        var fingerprinter = new PictureFingerprinter(runner, new FfprobeClient(runner));

        var ocean = await fingerprinter.HashVideoAsync(paths.Ocean, 2, CancellationToken.None);
        var oceanAgain = await fingerprinter.HashVideoAsync(paths.Ocean, 2, CancellationToken.None);
        var traffic = await fingerprinter.HashVideoAsync(paths.Traffic, 2, CancellationToken.None);

        Assert.Equal(ocean, oceanAgain);
        Assert.True(PerceptualHash.Distance(ocean, traffic) > PerceptualHash.NearDuplicateThreshold, $"distance {PerceptualHash.Distance(ocean, traffic)}");
    }

    [Fact]
    public void KeyframeNearThird_PicksTheKeyframeClosestToOneThirdOfTheDuration()
    {
        Assert.Equal(4.0, PictureFingerprinter.KeyframeNearThird([0, 2, 4, 8], 12));
        Assert.Equal(0.0, PictureFingerprinter.KeyframeNearThird([0], 2));
        Assert.Null(PictureFingerprinter.KeyframeNearThird([], 2));
    }
}
