using Reelforge.Media.Capabilities;
using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests.Capabilities;

public sealed class CapabilityOutputParserTests
{
    [Fact]
    public void ParseVersion_DebianFfmpeg_ReadsVersionTokenAndRelease()
    {
        var version = CapabilityOutputParser.ParseVersion(TestFiles.Read("capabilities", "ffmpeg-version.txt"));

        Assert.Equal("5.1.9-0+deb12u1", version);
        Assert.Equal(new Version(5, 1, 9), CapabilityOutputParser.ParseRelease(version));
    }

    [Fact]
    public void ParseVersion_Ffprobe_ReadsVersionToken()
    {
        Assert.Equal("5.1.9-0+deb12u1", CapabilityOutputParser.ParseVersion(TestFiles.Read("capabilities", "ffprobe-version.txt")));
    }

    [Theory]
    [InlineData("n6.1.1", "6.1.1")]
    [InlineData("7.0", "7.0")]
    [InlineData("N-112233-gabcdef0", null)]
    public void ParseRelease_VersionFlavours_GivesReleaseOrNullForGitBuilds(string token, string? expected)
    {
        Assert.Equal(expected is null ? null : Version.Parse(expected), CapabilityOutputParser.ParseRelease(token));
    }

    [Fact]
    public void ParseVersion_UnrelatedText_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => CapabilityOutputParser.ParseVersion("bash: ffmpeg: command not found"));
    }

    [Fact]
    public void ParseEncoders_DebianBuild_FindsSoftwareAndHardwareH264Encoders()
    {
        var encoders = CapabilityOutputParser.ParseEncoders(TestFiles.Read("capabilities", "encoders.txt"));

        Assert.Superset(
            new HashSet<string> { "libx264", "libx265", "h264_nvenc", "h264_qsv", "h264_vaapi", "h264_v4l2m2m", "aac", "libmp3lame" },
            new HashSet<string>(encoders));
        Assert.DoesNotContain("libfdk_aac", encoders);
        Assert.DoesNotContain("=", encoders);
        Assert.DoesNotContain("------", encoders);
        Assert.InRange(encoders.Count, 150, 400);
    }

    [Fact]
    public void ParseHardwareAccelerations_DebianBuild_ListsAllMethods()
    {
        var methods = CapabilityOutputParser.ParseHardwareAccelerations(TestFiles.Read("capabilities", "hwaccels.txt"));

        Assert.Equal(
            new HashSet<string> { "vdpau", "cuda", "vaapi", "qsv", "drm", "opencl", "vulkan" },
            new HashSet<string>(methods));
    }

    [Fact]
    public void ParseFilters_DebianBuild_FindsFiltersTheRendererNeeds()
    {
        var filters = CapabilityOutputParser.ParseFilters(TestFiles.Read("capabilities", "filters.txt"));

        Assert.Superset(
            new HashSet<string> { "xfade", "ass", "sidechaincompress", "loudnorm", "gradients", "zoompan", "ebur128", "abench" },
            new HashSet<string>(filters));
        Assert.DoesNotContain("=", filters);
        Assert.DoesNotContain("A", filters);
        Assert.InRange(filters.Count, 300, 700);
    }

    [Fact]
    public void MediaCapabilities_Lookups_AnswerFromParsedSets()
    {
        var capabilities = new MediaCapabilities(
            "5.1.9",
            new Version(5, 1, 9),
            "5.1.9",
            CapabilityOutputParser.ParseEncoders(TestFiles.Read("capabilities", "encoders.txt")),
            CapabilityOutputParser.ParseHardwareAccelerations(TestFiles.Read("capabilities", "hwaccels.txt")),
            CapabilityOutputParser.ParseFilters(TestFiles.Read("capabilities", "filters.txt")));

        Assert.True(capabilities.HasEncoder("libx264"));
        Assert.False(capabilities.HasEncoder("libfdk_aac"));
        Assert.True(capabilities.HasFilter("xfade"));
    }
}
