using Reelforge.Core.Audio;

namespace Reelforge.Providers.Tests.Speech;

internal static class SpeechAssert
{
    /// <summary>Seconds from the clip start to the first sample louder than -40 dBFS.</summary>
    public static double FirstSoundSeconds(PcmAudio audio)
    {
        for (var i = 0; i < audio.Samples.Length; i++)
        {
            if (Math.Abs((int)audio.Samples[i]) > 328)
            {
                return (double)i / audio.SampleRate;
            }
        }

        return double.PositiveInfinity;
    }

    public static double RmsDbfs(PcmAudio audio)
    {
        double sum = 0;
        foreach (var s in audio.Samples)
        {
            sum += (double)s * s;
        }

        return 20 * Math.Log10(Math.Sqrt(sum / Math.Max(1, audio.Samples.Length)) / 32768);
    }
}
