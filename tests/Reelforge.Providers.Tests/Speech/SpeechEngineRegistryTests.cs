using Reelforge.Core.Requests;
using Reelforge.Core.Speech;
using Reelforge.Providers.Speech;

namespace Reelforge.Providers.Tests.Speech;

public class SpeechEngineRegistryTests
{
    private static readonly FakeSpeechEngine Flite = new(
        "flite", true, new VoiceInfo("flite", "kal", "kal", ["en"]), new VoiceInfo("flite", "slt", "slt", ["en"]));

    private static readonly FakeSpeechEngine Espeak = new(
        "espeak",
        true,
        new VoiceInfo("espeak", "en-us", "English", ["en-us", "en"]),
        new VoiceInfo("espeak", "es-419", "Spanish (Latin America)", ["es-419", "es"]),
        new VoiceInfo("espeak", "es", "Spanish", ["es"]),
        new VoiceInfo("espeak", "cmn", "Mandarin", ["cmn", "zh-cmn", "zh"]),
        new VoiceInfo("espeak", "sw", "Swahili", ["sw"]));

    [Fact]
    public async Task PickVoiceAsync_English_IsFliteSlt()
    {
        var voice = await new SpeechEngineRegistry([Espeak, Flite]).PickVoiceAsync("en", CancellationToken.None);

        Assert.Equal("flite:slt", voice.Key);
        Assert.Same(Flite, voice.Engine);
    }

    [Theory]
    [InlineData("zh", "espeak:cmn")]
    [InlineData("es", "espeak:es")]
    [InlineData("zh-CN", "espeak:cmn")]
    [InlineData("es-419", "espeak:es-419")]
    [InlineData("sw", "espeak:sw")]
    public async Task PickVoiceAsync_OtherLanguages_AreEspeakVoices(string language, string expected) =>
        Assert.Equal(expected, (await new SpeechEngineRegistry([Flite, Espeak]).PickVoiceAsync(language, CancellationToken.None)).Key);

    [Fact]
    public async Task PickVoiceAsync_EnglishWithoutFlite_FallsBackToEspeak()
    {
        var registry = new SpeechEngineRegistry([new FakeSpeechEngine("flite", false), Espeak]);

        Assert.Equal("espeak:en-us", (await registry.PickVoiceAsync("en", CancellationToken.None)).Key);
    }

    [Fact]
    public async Task PickVoiceAsync_NobodySpeaksIt_NamesTheVoicesCommand()
    {
        var error = await Assert.ThrowsAsync<VoiceNotFoundException>(
            () => new SpeechEngineRegistry([Flite, Espeak]).PickVoiceAsync("tlh", CancellationToken.None));

        Assert.Contains("reelforge voices", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindVoiceAsync_InstalledVoice_ReturnsItWithItsEngine()
    {
        var voice = await new SpeechEngineRegistry([Flite, Espeak]).FindVoiceAsync(new VoiceSelection("espeak", "cmn"), CancellationToken.None);

        Assert.Same(Espeak, voice.Engine);
        Assert.Equal("cmn", voice.Voice.Id);
    }

    [Theory]
    [InlineData("flite", "nobody")]
    [InlineData("polly", "joanna")]
    public async Task FindVoiceAsync_UnknownVoiceOrEngine_NamesTheVoiceAndTheVoicesCommand(string engine, string voice)
    {
        var error = await Assert.ThrowsAsync<VoiceNotFoundException>(
            () => new SpeechEngineRegistry([Flite, Espeak]).FindVoiceAsync(new VoiceSelection(engine, voice), CancellationToken.None));

        Assert.Contains($"{engine}:{voice}", error.Message, StringComparison.Ordinal);
        Assert.Contains("reelforge voices", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListVoicesAsync_SkipsEnginesThatAreNotInstalled()
    {
        var registry = new SpeechEngineRegistry([new FakeSpeechEngine("flite", false, new VoiceInfo("flite", "slt", "slt", ["en"])), Espeak]);

        var voices = await registry.ListVoicesAsync(CancellationToken.None);

        Assert.All(voices, v => Assert.Equal("espeak", v.Engine));
    }
}
