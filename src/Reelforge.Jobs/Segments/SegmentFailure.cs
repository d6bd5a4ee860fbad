using System.Globalization;
using System.Text.RegularExpressions;
using Reelforge.Media;
using Reelforge.Pipeline.Render.Segments;

namespace Reelforge.Jobs.Segments;

/// <summary>
/// A failed part's error as one row column, and back as the <see cref="FfmpegException"/> the batch fails with (the
/// same type a local render throws, so an encoder fallback treats a part failed on another worker alike).
/// </summary>
internal static partial class SegmentFailure
{
    private const int MaxLength = 2000;

    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = exception is FfmpegException ffmpeg
            ? $"ffmpeg exited with code {ffmpeg.ExitCode}: {ffmpeg.StandardErrorTail}"
            : exception.Message;
        return text.Length > MaxLength ? text[..(MaxLength - 1)] + "…" : text;
    }

    public static FfmpegException Rebuild(SegmentWork work, string? worker, string? error)
    {
        ArgumentNullException.ThrowIfNull(work);
        error ??= "no error recorded";
        var match = ExitCode().Match(error);
        var code = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
        return new FfmpegException(MediaTool.Ffmpeg, code, FfmpegCommandLine.Quote(["ffmpeg", .. work.Arguments]),
            $"part {work.Index} on {worker ?? "an unknown worker"}: {error}");
    }

    [GeneratedRegex(@"^ffmpeg exited with code (-?\d+)")]
    private static partial Regex ExitCode();
}
