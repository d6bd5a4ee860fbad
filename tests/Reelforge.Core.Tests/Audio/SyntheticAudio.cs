using Reelforge.Core.Audio;

namespace Reelforge.Core.Tests.Audio;

internal static class SyntheticAudio
{
    /// <summary>Silence, then a tone, then silence.</summary>
    public static PcmAudio ToneBetweenSilences(double leadSeconds, double toneSeconds, double tailSeconds, int sampleRate = 16000, short amplitude = 8000)
    {
        var lead = (int)(leadSeconds * sampleRate);
        var tone = (int)(toneSeconds * sampleRate);
        var tail = (int)(tailSeconds * sampleRate);
        var samples = new short[lead + tone + tail];
        for (var i = 0; i < tone; i++)
        {
            samples[lead + i] = (short)(amplitude * Math.Sin(2 * Math.PI * 440 * i / sampleRate));
        }

        return new PcmAudio(samples, sampleRate);
    }
}
