using System.Net;
using System.Text.Json;
using Reelforge.Core.Speech;
using Reelforge.Core.Text;
using Reelforge.Providers.Speech;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Speech;

/// <summary>The ElevenLabs engine against a loopback fake of <c>with-timestamps</c> and <c>/v1/voices</c>.</summary>
public sealed class ElevenLabsSpeechEngineTests : IAsyncDisposable
{
    private const string Text = "Ash clouds can circle the planet.";

    private readonly FakeSpeechApis _fake = new();

    public ValueTask DisposeAsync() => _fake.DisposeAsync();

    private ElevenLabsSpeechEngine Engine(Action<ElevenLabsSpeechOptions>? change = null)
    {
        var options = new ElevenLabsSpeechOptions { ApiKey = _fake.ElevenLabsKey, BaseUrl = _fake.BaseUrl.ToString() };
        change?.Invoke(options);
        return new ElevenLabsSpeechEngine(() => options);
    }

    [Fact]
    public async Task Synthesize_PostsTextAndModelToTheVoiceWithTheXiApiKey()
    {
        await Engine().SynthesizeAsync(Text, new SpeechSettings(FakeSpeechApis.ElevenLabsVoiceId), CancellationToken.None);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v1/text-to-speech/{FakeSpeechApis.ElevenLabsVoiceId}/with-timestamps", request.Path);
        Assert.Equal("?output_format=pcm_24000", request.Query);
        Assert.Equal(_fake.ElevenLabsKey, request.Headers["xi-api-key"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(Text, body.RootElement.GetProperty("text").GetString());
        Assert.Equal("eleven_multilingual_v2", body.RootElement.GetProperty("model_id").GetString());
        Assert.False(body.RootElement.TryGetProperty("voice_settings", out _));
    }

    [Fact]
    public async Task Synthesize_DecodesTheBase64PcmAtTheAskedRate()
    {
        var clip = await Engine(o => o.SampleRate = 16000).SynthesizeAsync(Text, new SpeechSettings(FakeSpeechApis.ElevenLabsVoiceId), CancellationToken.None);

        Assert.Equal("?output_format=pcm_16000", Assert.Single(_fake.Requests).Query);
        Assert.Equal(16000, clip.Audio.SampleRate);
        Assert.Equal(FakeSpeechApis.SyntheticSeconds(Text), clip.Audio.DurationSeconds, 3);
    }

    [Fact]
    public async Task Synthesize_CharacterAlignment_BecomesOneWordEventPerWordAtItsFirstCharacter()
    {
        var clip = await Engine().SynthesizeAsync(Text, new SpeechSettings(FakeSpeechApis.ElevenLabsVoiceId), CancellationToken.None);

        var words = WordTokenizer.Tokenize(Text);
        Assert.Equal(words.Count, clip.WordBoundaries.Count);
        for (var i = 0; i < words.Count; i++)
        {
            Assert.Equal(words[i].Offset, clip.WordBoundaries[i].TextOffset);
            Assert.Equal(words[i].Length, clip.WordBoundaries[i].TextLength);
            Assert.Equal(FakeSpeechApis.CharacterStart(words[i].Offset), clip.WordBoundaries[i].AudioOffsetSeconds, 6);
        }
    }

    [Fact]
    public async Task Synthesize_OtherRate_SendsVoiceSettingsSpeedWithinElevenLabsRange()
    {
        await Engine().SynthesizeAsync(Text, new SpeechSettings(FakeSpeechApis.ElevenLabsVoiceId, 1.5), CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(_fake.Requests).Body);
        Assert.Equal(1.2, body.RootElement.GetProperty("voice_settings").GetProperty("speed").GetDouble());
    }

    [Fact]
    public async Task Synthesize_RefusedKey_SaysTheKeyWasRefused()
    {
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(() =>
            Engine(o => o.ApiKey = "xi-wrong").SynthesizeAsync(Text, new SpeechSettings(FakeSpeechApis.ElevenLabsVoiceId), CancellationToken.None));

        Assert.Equal("The ElevenLabs speech key was refused (HTTP 401: Invalid API key); check Speech:ElevenLabs:ApiKey.", error.Message);
    }

    [Fact]
    public async Task Synthesize_UnknownVoice_RepeatsElevenLabsMessage()
    {
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(() =>
            Engine().SynthesizeAsync(Text, new SpeechSettings("nobody"), CancellationToken.None));

        Assert.Equal("ElevenLabs speech refused the request (HTTP 404: A voice with voice_id nobody does not exist.).", error.Message);
    }

    [Fact]
    public async Task Synthesize_RateLimited_IsRetriedThenTransient()
    {
        _fake.Failures.Enqueue(429);
        _fake.Failures.Enqueue(429);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            Engine(o => o.MaxRetries = 1).SynthesizeAsync(Text, new SpeechSettings(FakeSpeechApis.ElevenLabsVoiceId), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(2, _fake.Requests.Count);
    }

    [Fact]
    public async Task ListVoices_AreTheAccountsVoicesWithLanguagesAndGender_ListedOnceForAWhile()
    {
        var engine = Engine();

        var voices = await engine.ListVoicesAsync(CancellationToken.None);
        await engine.ListVoicesAsync(CancellationToken.None);

        Assert.Equal(["elevenlabs:21m00Tcm4TlvDq8ikWAM", "elevenlabs:pNInz6obpgDQGcFmaJgB"], voices.Select(v => v.Key));
        Assert.Equal("ElevenLabs Rachel", voices[0].DisplayName);
        Assert.Equal("female", voices[0].Gender);
        Assert.Equal(["en"], voices[0].Languages);
        Assert.Equal(["en", "es"], voices[1].Languages);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("/v1/voices", request.Path);
        Assert.Equal(_fake.ElevenLabsKey, request.Headers["xi-api-key"]);
    }

    [Fact]
    public async Task ListVoices_AnotherKey_AsksAgain()
    {
        var key = _fake.ElevenLabsKey;
        var engine = new ElevenLabsSpeechEngine(() => new ElevenLabsSpeechOptions { ApiKey = key, BaseUrl = _fake.BaseUrl.ToString() });
        await engine.ListVoicesAsync(CancellationToken.None);

        key = "xi-someone-else";

        await Assert.ThrowsAsync<SpeechSynthesisException>(() => engine.ListVoicesAsync(CancellationToken.None));
        Assert.Equal(2, _fake.Requests.Count);
    }
}
