namespace Reelforge.Media.Tests.TestSupport;

/// <summary>Captured real ffmpeg/ffprobe output, copied next to the test assembly.</summary>
internal static class TestFiles
{
    public static string PathOf(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));
}
