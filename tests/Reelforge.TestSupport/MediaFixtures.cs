namespace Reelforge.TestSupport;

/// <summary>Small real media files made with ffmpeg's synthetic sources, for render tests.</summary>
public static class MediaFixtures
{
    /// <summary>An H.264 video with moving content (no audio), like stock footage.</summary>
    public static string Video(string directory, string name, int width, int height, double seconds, string source = "testsrc2")
    {
        var path = Path.Combine(directory, name);
        RequiredTool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
            "-i", $"{source}=size={width}x{height}:rate=30", "-t", Invariant(seconds),
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-an", path);
        return path;
    }

    /// <summary>A still image (PNG) with structure, so pan motion is visible.</summary>
    public static string Image(string directory, string name, int width, int height)
    {
        var path = Path.Combine(directory, name);
        RequiredTool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
            "-i", $"testsrc2=size={width}x{height}", "-frames:v", "1", path);
        return path;
    }

    /// <summary>A tone at a given level, standing in for music (stereo MP3 or WAV by extension).</summary>
    public static string Tone(string directory, string name, double seconds, double frequency = 220, double volumeDb = -20)
    {
        var path = Path.Combine(directory, name);
        RequiredTool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
            "-i", $"sine=frequency={Invariant(frequency)}:sample_rate=44100:duration={Invariant(seconds)}",
            "-af", $"volume={Invariant(volumeDb)}dB", "-ac", "2", path);
        return path;
    }

    public static string Invariant(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
