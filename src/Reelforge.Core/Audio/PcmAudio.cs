namespace Reelforge.Core.Audio;

/// <summary>Mono 16-bit PCM audio in memory.</summary>
public sealed class PcmAudio
{
    public PcmAudio(short[] samples, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        Samples = samples;
        SampleRate = sampleRate;
    }

    public short[] Samples { get; }

    public int SampleRate { get; }

    public double DurationSeconds => (double)Samples.Length / SampleRate;

    public static PcmAudio Silence(double seconds, int sampleRate) =>
        new(new short[(int)Math.Round(Math.Max(0, seconds) * sampleRate)], sampleRate);

    /// <summary>A copy of the samples between two sample indices.</summary>
    public PcmAudio Slice(int startSample, int endSample)
    {
        startSample = Math.Clamp(startSample, 0, Samples.Length);
        endSample = Math.Clamp(endSample, startSample, Samples.Length);
        return new PcmAudio(Samples[startSample..endSample], SampleRate);
    }
}
