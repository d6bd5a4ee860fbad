using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Library;

/// <summary>
/// A small real library made with ffmpeg: two clips (ocean, city), two different stills, a resized JPEG copy of one
/// still (the near-duplicate), a sidecar of each kind, a file ffprobe cannot read and a file that is not media.
/// </summary>
public static class LibraryMedia
{
    public const int MediaFiles = 6;

    public static LibraryPaths Create(string root)
    {
        var nature = Directory.CreateDirectory(Path.Combine(root, "Nature Clips")).FullName;
        var city = Directory.CreateDirectory(Path.Combine(root, "city")).FullName;
        var stills = Directory.CreateDirectory(Path.Combine(root, "stills", "beach_trip")).FullName;

        var ocean = MediaFixtures.Video(nature, "oceanWaves-01.mp4", 320, 180, 2, source: "cellauto");
        var traffic = MediaFixtures.Video(city, "traffic_night.mp4", 320, 180, 2, source: "smptebars");
        File.WriteAllText(Path.Combine(city, "traffic_night.json"), """{"tags": ["Skyline", "downtown lights"], "title": "City traffic at night"}""");

        var sunset = MediaFixtures.Image(stills, "sunset-beach.png", 640, 360);
        var copy = Path.Combine(stills, "sunset-beach-small.jpg");
        RequiredTool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", sunset, "-vf", "scale=320:180", "-q:v", "5", copy);
        var mountain = Path.Combine(root, "mountain_peak.png");
        RequiredTool.Run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "mandelbrot=size=640x360", "-frames:v", "1", mountain);
        File.WriteAllText(Path.Combine(root, "mountain_peak.txt"), "snow, Alps\nglacier");

        var broken = Path.Combine(root, "broken.mp4");
        File.WriteAllBytes(broken, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        File.WriteAllText(Path.Combine(root, "README.md"), "not media");
        return new LibraryPaths(ocean, traffic, sunset, copy, mountain, broken);
    }
}
