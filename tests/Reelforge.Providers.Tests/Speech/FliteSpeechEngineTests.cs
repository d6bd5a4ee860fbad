using Reelforge.Core.Audio;
using Reelforge.Core.Speech;
using Reelforge.Providers.Speech;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Speech;

public class FliteSpeechEngineTests
{
    private const string Sentence = "The quick brown fox jumps over the lazy dog.";

    private static FliteSpeechEngine Engine()
    {
        RequiredTool.Require("flite");
        return new FliteSpeechEngine();
    }

    [Fact]
    public async Task ListVoicesAsync_IncludesSltAsAnEnglishFemaleVoice()
    {
        var voices = await Engine().ListVoicesAsync(CancellationToken.None);

        var slt = Assert.Single(voices, v => v.Id == "slt");
        Assert.Equal("flite:slt", slt.Key);
        Assert.Equal(["en"], slt.Languages);
        Assert.Equal("female", slt.Gender);
    }

    [Fact]
    public void ParseVoiceList_ReadsTheNamesAfterTheColon()
    {
        var voices = FliteSpeechEngine.ParseVoiceList("Voices available: kal awb_time kal16 awb rms slt \n");

        Assert.Equal(["kal", "awb_time", "kal16", "awb", "rms", "slt"], voices.Select(v => v.Id));
    }

    [Fact]
    public async Task SynthesizeAsync_Sentence_IsAudibleSpeechOfPlausibleLengthWithoutWordEvents()
    {
        var clip = await Engine().SynthesizeAsync(Sentence, new SpeechSettings("slt"), CancellationToken.None);

        Assert.Equal(16000, clip.Audio.SampleRate);
        Assert.InRange(clip.Audio.DurationSeconds, 1.5, 5.0);
        Assert.True(SpeechAssert.RmsDbfs(clip.Audio) > -35, $"RMS {SpeechAssert.RmsDbfs(clip.Audio):0.0} dBFS is too quiet for speech");
        Assert.Empty(clip.WordBoundaries);
    }

    [Fact]
    public async Task SynthesizeAsync_TrimmedClip_StartsWithin30MillisecondsOfTheFirstSound()
    {
        var clip = await Engine().SynthesizeAsync(Sentence, new SpeechSettings("slt"), CancellationToken.None);

        var trimmed = SilenceTrimmer.Trim(clip.Audio);

        Assert.True(trimmed.DurationSeconds < clip.Audio.DurationSeconds);
        Assert.InRange(SpeechAssert.FirstSoundSeconds(trimmed), 0, 0.030);
    }

    [Fact]
    public async Task SynthesizeAsync_DoubleRate_IsClearlyShorter()
    {
        var engine = Engine();

        var normal = await engine.SynthesizeAsync(Sentence, new SpeechSettings("slt"), CancellationToken.None);
        var fast = await engine.SynthesizeAsync(Sentence, new SpeechSettings("slt", 2.0), CancellationToken.None);

        Assert.InRange(fast.Audio.DurationSeconds / normal.Audio.DurationSeconds, 0.35, 0.7);
    }

    [Fact]
    public async Task SynthesizeAsync_UnknownVoice_FailsNamingTheInstalledVoices()
    {
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => Engine().SynthesizeAsync("Hello.", new SpeechSettings("nobody"), CancellationToken.None));

        Assert.Contains("nobody", error.Message, StringComparison.Ordinal);
        Assert.Contains("slt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Engine().SynthesizeAsync(Sentence, new SpeechSettings("slt"), cts.Token));
    }

    [Fact]
    public void Version_ComesFromTheBinary() => Assert.StartsWith("flite-", Engine().Version, StringComparison.Ordinal);
}
