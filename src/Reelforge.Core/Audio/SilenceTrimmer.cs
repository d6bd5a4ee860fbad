namespace Reelforge.Core.Audio;

/// <summary>Finds where speech starts and ends in a clip, so engine padding (flite adds ~0.2 s) can be cut.</summary>
public static class SilenceTrimmer
{
    public const double DefaultThresholdDbfs = -40;
    public const double DefaultWindowSeconds = 0.010;
    public const double DefaultMarginSeconds = 0.015;

    /// <summary>
    /// The span from the first to the last sample above <paramref name="thresholdDbfs"/> (only counted inside
    /// a window whose RMS is above it too, so lone clicks are ignored), widened by <paramref name="marginSeconds"/>.
    /// Empty when the clip is silent.
    /// </summary>
    public static SampleSpan FindSound(
        PcmAudio audio,
        double thresholdDbfs = DefaultThresholdDbfs,
        double windowSeconds = DefaultWindowSeconds,
        double marginSeconds = DefaultMarginSeconds)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var samples = audio.Samples;
        var threshold = 32768.0 * Math.Pow(10, thresholdDbfs / 20);
        var window = Math.Max(1, (int)Math.Round(windowSeconds * audio.SampleRate));
        var windows = (samples.Length + window - 1) / window;

        var first = -1;
        for (var w = 0; w < windows && first < 0; w++)
        {
            if (Rms(samples, w * window, window) > threshold)
            {
                first = FirstAbove(samples, w * window, window, threshold);
            }
        }

        if (first < 0)
        {
            return new SampleSpan(0, 0);
        }

        var last = first;
        for (var w = windows - 1; w >= 0; w--)
        {
            if (Rms(samples, w * window, window) > threshold)
            {
                last = LastAbove(samples, w * window, window, threshold);
                break;
            }
        }

        var margin = (int)Math.Round(marginSeconds * audio.SampleRate);
        return new SampleSpan(Math.Max(0, first - margin), Math.Min(samples.Length, last + 1 + margin));
    }

    /// <summary>The clip cut to <see cref="FindSound"/>; a silent clip becomes empty.</summary>
    public static PcmAudio Trim(PcmAudio audio, double thresholdDbfs = DefaultThresholdDbfs)
    {
        var span = FindSound(audio, thresholdDbfs);
        return audio.Slice(span.Start, span.End);
    }

    private static double Rms(short[] samples, int start, int count)
    {
        var end = Math.Min(samples.Length, start + count);
        double sum = 0;
        for (var i = start; i < end; i++)
        {
            sum += (double)samples[i] * samples[i];
        }

        return Math.Sqrt(sum / Math.Max(1, end - start));
    }

    private static int FirstAbove(short[] samples, int start, int count, double threshold)
    {
        var end = Math.Min(samples.Length, start + count);
        for (var i = start; i < end; i++)
        {
            if (Math.Abs((int)samples[i]) > threshold)
            {
                return i;
            }
        }

        return start;
    }

    private static int LastAbove(short[] samples, int start, int count, double threshold)
    {
        var end = Math.Min(samples.Length, start + count);
        for (var i = end - 1; i >= start; i--)
        {
            if (Math.Abs((int)samples[i]) > threshold)
            {
                return i;
            }
        }

        return end - 1;
    }
}
