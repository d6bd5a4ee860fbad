using Reelforge.Core.Requests;
using Reelforge.Core.Speech;
using Reelforge.Providers.Speech;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Speech;

/// <summary>The cloud engines in the registry: found by ENGINE:VOICE, and a failing one never breaks a listing.</summary>
public sealed class CloudSpeechRegistryTests : IAsyncDisposable
{
    private static readonly FakeSpeechEngine Flite = new("flite", true, new VoiceInfo("flite", "slt", "slt", ["en"]));

    private readonly FakeSpeechApis _fake = new();

    public ValueTask DisposeAsync() => _fake.DisposeAsync();

    private SpeechEngineRegistry Registry(string? openAiKey, string? elevenLabsKey) => new([
        Flite,
        new OpenAiSpeechEngine(() => new OpenAiSpeechOptions { ApiKey = openAiKey, BaseUrl = _fake.BaseUrl.ToString() }),
        new ElevenLabsSpeechEngine(() => new ElevenLabsSpeechOptions { ApiKey = elevenLabsKey, BaseUrl = _fake.BaseUrl.ToString() }),
    ]);

    [Fact]
    public async Task FindVoice_CloudVoices_ResolveByEngineAndVoice()
    {
        var registry = Registry(_fake.OpenAiKey, _fake.ElevenLabsKey);

        var openAi = await registry.FindVoiceAsync(new VoiceSelection("openai", "alloy"), CancellationToken.None);
        var elevenLabs = await registry.FindVoiceAsync(new VoiceSelection("elevenlabs", FakeSpeechApis.ElevenLabsVoiceId), CancellationToken.None);

        Assert.IsType<OpenAiSpeechEngine>(openAi.Engine);
        Assert.Equal("elevenlabs:" + FakeSpeechApis.ElevenLabsVoiceId, elevenLabs.Key);
    }

    [Fact]
    public async Task FindVoice_EngineWithoutKey_SaysWhichSettingToSet()
    {
        var error = await Assert.ThrowsAsync<VoiceNotFoundException>(() =>
            Registry(null, null).FindVoiceAsync(new VoiceSelection("elevenlabs", FakeSpeechApis.ElevenLabsVoiceId), CancellationToken.None));

        Assert.Contains("Reelforge__Speech__ElevenLabs__ApiKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListVoices_WithKeys_IncludesCloudVoices_WithoutThemOnlyInstalledOnes()
    {
        var keyed = await Registry(_fake.OpenAiKey, _fake.ElevenLabsKey).ListVoicesAsync(CancellationToken.None);
        var offline = await Registry(null, null).ListVoicesAsync(CancellationToken.None);

        Assert.Contains(keyed, v => v.Key == "openai:nova");
        Assert.Contains(keyed, v => v.Key == "elevenlabs:pNInz6obpgDQGcFmaJgB");
        Assert.Equal(["flite:slt"], offline.Select(v => v.Key));
    }

    [Fact]
    public async Task ListVoices_RefusedCloudKey_LeavesThatEngineOutInsteadOfFailing()
    {
        var voices = await Registry(_fake.OpenAiKey, "xi-refused").ListVoicesAsync(CancellationToken.None);

        Assert.Contains(voices, v => v.Key == "flite:slt");
        Assert.Contains(voices, v => v.Key == "openai:alloy");
        Assert.DoesNotContain(voices, v => v.Engine == "elevenlabs");
        Assert.Contains(_fake.Requests, r => r.Path == "/v1/voices");
    }
}
