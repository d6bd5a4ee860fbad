using Reelforge.Core.Audio;

namespace Reelforge.Core.Tests.Audio;

public class SilenceTrimmerTests
{
    [Fact]
    public void FindSound_ToneBetweenSilences_StartsAndEndsAtTheToneWithinTheMargin()
    {
        var audio = SyntheticAudio.ToneBetweenSilences(0.2, 0.5, 0.3);

        var span = SilenceTrimmer.FindSound(audio);

        var start = (double)span.Start / audio.SampleRate;
        var end = (double)span.End / audio.SampleRate;
        Assert.InRange(start, 0.2 - 0.020, 0.2 - 0.010);
        Assert.InRange(end, 0.7 + 0.010, 0.7 + 0.020);
    }

    [Fact]
    public void FindSound_QuietNoiseBelowThreshold_IsIgnored()
    {
        var audio = SyntheticAudio.ToneBetweenSilences(0.1, 0.2, 0.1);
        var random = new Random(1);
        for (var i = 0; i < audio.Samples.Length; i++)
        {
            if (audio.Samples[i] == 0)
            {
                audio.Samples[i] = (short)random.Next(-30, 30); // about -60 dBFS
            }
        }

        var span = SilenceTrimmer.FindSound(audio);

        Assert.InRange((double)span.Start / audio.SampleRate, 0.08, 0.1);
    }

    [Fact]
    public void FindSound_SilentClip_IsEmpty()
    {
        var span = SilenceTrimmer.FindSound(PcmAudio.Silence(0.5, 16000));

        Assert.True(span.IsEmpty);
    }

    [Fact]
    public void Trim_ToneAtTheVeryStart_KeepsTheFirstSample()
    {
        var audio = SyntheticAudio.ToneBetweenSilences(0, 0.1, 0.4);

        var trimmed = SilenceTrimmer.Trim(audio);

        Assert.InRange(trimmed.DurationSeconds, 0.1, 0.13);
        Assert.Equal(audio.Samples[1], trimmed.Samples[1]);
    }
}
