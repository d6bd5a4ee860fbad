using System.Globalization;
using Reelforge.Media;
using Reelforge.Media.Probing;

namespace Reelforge.Jobs.Library;

/// <summary>
/// The perceptual hash of an image, or of a video's keyframe nearest one third of its duration (past any fade-in or
/// title, and seeking to a keyframe decodes nothing that is thrown away). ffmpeg shrinks the frame to 9×8 gray with
/// area averaging; the runner captures stdout as text, so the 72 raw bytes go through a temporary file.
/// </summary>
public sealed class PictureFingerprinter(FfmpegRunner runner, FfprobeClient probe)
{
    public async Task<long> HashImageAsync(string path, CancellationToken cancellationToken) =>
        await HashFrameAsync(path, null, cancellationToken);

    public async Task<long> HashVideoAsync(string path, double? durationSeconds, CancellationToken cancellationToken)
    {
        var duration = durationSeconds ?? 0;
        var keyframes = await probe.KeyframesAsync(path, cancellationToken);
        var at = KeyframeNearThird(keyframes, duration) ?? duration / 3;
        return await HashFrameAsync(path, at, cancellationToken);
    }

    /// <summary>The keyframe time the video hash is taken at (for reports and tests).</summary>
    public static double? KeyframeNearThird(IReadOnlyList<double> keyframes, double durationSeconds) =>
        keyframes.Count > 0 ? keyframes.MinBy(k => Math.Abs(k - (durationSeconds / 3))) : null;

    private async Task<long> HashFrameAsync(string path, double? seconds, CancellationToken cancellationToken)
    {
        var output = Path.Combine(Path.GetTempPath(), $"reelforge-dhash-{Guid.NewGuid():N}.gray");
        try
        {
            var arguments = new List<string> { "-hide_banner", "-v", "error" };
            if (seconds is { } s && s > 0)
            {
                arguments.AddRange(["-ss", s.ToString("0.######", CultureInfo.InvariantCulture)]);
            }

            arguments.AddRange([
                "-i", path, "-frames:v", "1",
                "-vf", $"scale={PerceptualHash.Width}:{PerceptualHash.Height}:flags=area,format=gray",
                "-f", "rawvideo", "-y", output,
            ]);
            await runner.RunAsync(MediaTool.Ffmpeg, arguments, options: null, cancellationToken);
            var gray = await File.ReadAllBytesAsync(output, cancellationToken);
            if (gray.Length != PerceptualHash.Width * PerceptualHash.Height)
            {
                throw new InvalidDataException($"ffmpeg gave {gray.Length} bytes for a 9×8 gray frame of {path}.");
            }

            return PerceptualHash.Compute(gray);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
