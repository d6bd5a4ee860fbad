using System.Globalization;
using Reelforge.Core.Timeline;
using Reelforge.Media.Probing;

namespace Reelforge.Pipeline.Verify;

/// <summary>
/// The checks of the Verify stage (<see cref="VerifyStage"/>): the rendered file must be what was promised (H.264 High yuv420p at the exact size and
/// frame rate, AAC 48 kHz stereo, fast start, duration within one frame, streams of equal length) before the
/// video is called done.
/// </summary>
public sealed class OutputVerifier(FfprobeClient probe)
{
    public async Task<ProbeResult> VerifyAsync(string path, VideoTimeline timeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var result = await probe.ProbeAsync(path, cancellationToken);
        var problems = Check(result, timeline).ToList();
        if (!Mp4Layout.IsFastStart(path))
        {
            problems.Add("the moov atom is not before the media data (no +faststart)");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The rendered video failed verification: {string.Join("; ", problems)}.");
        }

        return result;
    }

    /// <summary>Every way the probe differs from the timeline's promise; empty when it is right.</summary>
    public static IEnumerable<string> Check(ProbeResult result, VideoTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(timeline);
        var frame = 1.0 / timeline.Fps;
        if (result.Video is not { } video)
        {
            yield return "no video stream";
            yield break;
        }

        if (video.CodecName != "h264" || video.Profile != "High")
        {
            yield return $"video is {video.CodecName} {video.Profile}, not h264 High";
        }

        if (video.PixelFormat != "yuv420p")
        {
            yield return $"pixel format is {video.PixelFormat}, not yuv420p";
        }

        if (video.Width != timeline.Size.Width || video.Height != timeline.Size.Height)
        {
            yield return $"size is {video.Width}x{video.Height}, not {timeline.Size}";
        }

        if (video.AverageFrameRate is not { } rate || Math.Abs(rate - timeline.Fps) > 0.01)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"frame rate is {video.AverageFrameRate}, not {timeline.Fps}");
        }

        if (video.Duration is { } videoDuration && Math.Abs(videoDuration - timeline.Duration) > frame + 0.001)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"video lasts {videoDuration:0.###} s, not {timeline.Duration:0.###} s");
        }

        if (result.Audio is not { } audio)
        {
            yield return "no audio stream";
            yield break;
        }

        if (audio.CodecName != "aac" || audio.SampleRate != 48000 || audio.Channels != 2)
        {
            yield return $"audio is {audio.CodecName} {audio.SampleRate} Hz {audio.Channels} ch, not AAC 48000 Hz stereo";
        }

        if (audio.Duration is { } audioDuration && video.Duration is { } vd && Math.Abs(audioDuration - vd) > frame + 0.001)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"audio lasts {audioDuration:0.###} s but video {vd:0.###} s");
        }
    }
}
