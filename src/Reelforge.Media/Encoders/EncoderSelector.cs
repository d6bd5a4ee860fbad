namespace Reelforge.Media.Encoders;

/// <summary>
/// Chooses the encoder for a choice from the probe's results, a pure function: auto takes the first hardware encoder
/// that works (nvenc, qsv, vaapi), else libx264; a named hardware encoder that does not work falls back to libx264
/// rather than failing the render, and the reason says so.
/// </summary>
public static class EncoderSelector
{
    /// <exception cref="ArgumentException"><paramref name="choice"/> is not one of <see cref="EncoderChoice.All"/>.</exception>
    public static EncoderSelection Select(string choice, IReadOnlyList<EncoderProbeResult> probed)
    {
        ArgumentNullException.ThrowIfNull(probed);
        if (!EncoderChoice.IsValid(choice))
        {
            throw new ArgumentException($"The encoder must be {EncoderChoice.Listed}, not '{choice}'.", nameof(choice));
        }

        if (choice == EncoderChoice.Auto)
        {
            var working = VideoEncoder.Hardware
                .Select(e => ResultFor(e, probed))
                .FirstOrDefault(r => r.Works);
            if (working is not null)
            {
                return new EncoderSelection(choice, working.Encoder, $"auto: {working.Encoder.Name} works");
            }

            var why = string.Join("; ", VideoEncoder.Hardware.Select(e => $"{e.Name}: {ResultFor(e, probed).Describe()}"));
            return new EncoderSelection(choice, VideoEncoder.Libx264, $"auto: no hardware encoder works here ({why}); using libx264");
        }

        var asked = VideoEncoder.Find(choice)!;
        if (!asked.IsHardware)
        {
            return new EncoderSelection(choice, asked, "libx264 was asked for");
        }

        var result = ResultFor(asked, probed);
        return result.Status switch
        {
            EncoderProbeStatus.Works => new EncoderSelection(choice, asked, $"{choice} was asked for and works"),
            EncoderProbeStatus.NotListed => new EncoderSelection(
                choice, VideoEncoder.Libx264, $"{choice} was asked for but this ffmpeg does not list {asked.Codec}; using libx264"),
            _ => new EncoderSelection(
                choice, VideoEncoder.Libx264, $"{choice} was asked for but failed its one-frame test ({result.Failure}); using libx264"),
        };
    }

    // An encoder the probe did not report on counts as not listed: nothing says it could work.
    private static EncoderProbeResult ResultFor(VideoEncoder encoder, IReadOnlyList<EncoderProbeResult> probed) =>
        probed.FirstOrDefault(r => r.Encoder.Name == encoder.Name) ?? new EncoderProbeResult(encoder, EncoderProbeStatus.NotListed);
}
