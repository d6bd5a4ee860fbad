using System.Net;
using System.Text.Json;
using Reelforge.Core.Speech;
using Reelforge.Providers.Speech;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Speech;

/// <summary>The OpenAI engine against a loopback fake of <c>POST /v1/audio/speech</c>.</summary>
public sealed class OpenAiSpeechEngineTests : IAsyncDisposable
{
    private const string Text = "Lava cools into new rock.";

    private readonly FakeSpeechApis _fake = new();

    public ValueTask DisposeAsync() => _fake.DisposeAsync();

    private OpenAiSpeechOptions Options(Action<OpenAiSpeechOptions>? change = null)
    {
        var options = new OpenAiSpeechOptions { ApiKey = _fake.OpenAiKey, BaseUrl = _fake.BaseUrl.ToString() };
        change?.Invoke(options);
        return options;
    }

    private OpenAiSpeechEngine Engine(Action<OpenAiSpeechOptions>? change = null) => new(() => Options(change));

    [Fact]
    public async Task Synthesize_SendsModelInputVoiceFormatAndSpeedWithTheBearerKey()
    {
        await Engine(o => o.Model = "gpt-4o-mini-tts").SynthesizeAsync(Text, new SpeechSettings("coral", 1.25), CancellationToken.None);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/audio/speech", request.Path);
        Assert.Equal("Bearer " + _fake.OpenAiKey, request.Headers["Authorization"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("gpt-4o-mini-tts", body.RootElement.GetProperty("model").GetString());
        Assert.Equal(Text, body.RootElement.GetProperty("input").GetString());
        Assert.Equal("coral", body.RootElement.GetProperty("voice").GetString());
        Assert.Equal("wav", body.RootElement.GetProperty("response_format").GetString());
        Assert.Equal(1.25, body.RootElement.GetProperty("speed").GetDouble());
    }

    [Fact]
    public async Task Synthesize_StreamedWav_DecodesAt24kHzWithTheSpokenDurationAndNoWordEvents()
    {
        var clip = await Engine().SynthesizeAsync(Text, new SpeechSettings("alloy"), CancellationToken.None);

        Assert.Equal(24000, clip.Audio.SampleRate);
        Assert.Equal(FakeSpeechApis.SyntheticSeconds(Text), clip.Audio.DurationSeconds, 3);
        Assert.Equal(FakeSpeechApis.LeadSeconds, SpeechAssert.FirstSoundSeconds(clip.Audio), 2);
        Assert.Empty(clip.WordBoundaries);
    }

    [Fact]
    public async Task Synthesize_RawPcm_IsRead16BitMonoAtTheConfiguredRate()
    {
        var engine = Engine(o => o.ResponseFormat = "pcm");
        var clip = await engine.SynthesizeAsync(Text, new SpeechSettings("alloy"), CancellationToken.None);

        Assert.Equal("tts-1 pcm_24000", engine.Version);
        Assert.Equal("tts-1", Engine().Version);

        Assert.Contains("\"response_format\":\"pcm\"", Assert.Single(_fake.Requests).Body, StringComparison.Ordinal);
        Assert.Equal(24000, clip.Audio.SampleRate);
        Assert.Equal(FakeSpeechApis.SyntheticSeconds(Text), clip.Audio.DurationSeconds, 3);
    }

    [Fact]
    public async Task Synthesize_BaseUrlEndingInV1_IsNotDoubled()
    {
        await Engine(o => o.BaseUrl = new Uri(_fake.BaseUrl, "v1/").ToString()).SynthesizeAsync(Text, new SpeechSettings("alloy"), CancellationToken.None);

        Assert.Equal("/v1/audio/speech", Assert.Single(_fake.Requests).Path);
    }

    [Fact]
    public async Task Synthesize_RefusedKey_SaysTheKeyWasRefusedWithoutShowingIt()
    {
        const string Wrong = "sk-wrong-openai-key-9999";
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(() =>
            Engine(o => o.ApiKey = Wrong).SynthesizeAsync(Text, new SpeechSettings("alloy"), CancellationToken.None));

        Assert.StartsWith("The OpenAI speech key was refused (HTTP 401: Incorrect API key provided", error.Message, StringComparison.Ordinal);
        Assert.Contains("Speech:OpenAI:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Wrong, error.Message, StringComparison.Ordinal);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task Synthesize_RateLimitedOnce_WaitsRetryAfterAndSucceeds()
    {
        _fake.Failures.Enqueue(429);

        var clip = await Engine().SynthesizeAsync(Text, new SpeechSettings("alloy"), CancellationToken.None);

        Assert.Equal(2, _fake.Requests.Count);
        Assert.True(clip.Audio.DurationSeconds > 1);
    }

    [Fact]
    public async Task Synthesize_StillRateLimitedAfterRetries_IsATransientHttpError()
    {
        for (var i = 0; i < 3; i++)
        {
            _fake.Failures.Enqueue(429);
        }

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            Engine(o => o.MaxRetries = 2).SynthesizeAsync(Text, new SpeechSettings("alloy"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.StartsWith("OpenAI speech is rate limited or out of quota (HTTP 429: Rate limit reached", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _fake.Requests.Count);
    }

    [Fact]
    public async Task Synthesize_ServerError_IsATransientHttpErrorWithTheStatus()
    {
        _fake.Failures.Enqueue(503);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            Engine(o => o.MaxRetries = 0).SynthesizeAsync(Text, new SpeechSettings("alloy"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synthesize_NothingListening_IsATransientHttpErrorNamingTheHost()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort()}/");

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            Engine(o => { o.BaseUrl = closed.ToString(); o.MaxRetries = 0; }).SynthesizeAsync(Text, new SpeechSettings("alloy"), CancellationToken.None));

        Assert.StartsWith($"OpenAI speech at {closed.Authority} could not be reached", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task WithoutAKey_IsUnavailableAndSaysHowToConfigureOne()
    {
        var engine = Engine(o => o.ApiKey = " ");

        Assert.False(engine.IsAvailable);
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(() => engine.SynthesizeAsync(Text, new SpeechSettings("alloy"), CancellationToken.None));
        Assert.Contains("Reelforge__Speech__OpenAI__ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task Options_AreReadOnEveryCall_SoAKeySavedLaterIsUsed()
    {
        string? key = null;
        var engine = new OpenAiSpeechEngine(() => new OpenAiSpeechOptions { ApiKey = key, BaseUrl = _fake.BaseUrl.ToString() });
        Assert.False(engine.IsAvailable);

        key = _fake.OpenAiKey;

        Assert.True(engine.IsAvailable);
        await engine.SynthesizeAsync(Text, new SpeechSettings("alloy"), CancellationToken.None);
        Assert.Equal("Bearer " + key, Assert.Single(_fake.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task ListVoices_AreTheDocumentedVoicesOfTheModel_OrTheConfiguredOnes()
    {
        var classic = await Engine().ListVoicesAsync(CancellationToken.None);
        var mini = await Engine(o => o.Model = "gpt-4o-mini-tts").ListVoicesAsync(CancellationToken.None);
        var compatible = await Engine(o => o.Voices = ["af_bella", "am_adam"]).ListVoicesAsync(CancellationToken.None);

        Assert.Equal(["alloy", "ash", "coral", "echo", "fable", "onyx", "nova", "sage", "shimmer"], classic.Select(v => v.Id));
        Assert.All(classic, v => Assert.Equal("openai:" + v.Id, v.Key));
        Assert.Contains(mini, v => v.Id == "marin");
        Assert.Contains(mini, v => v.Id == "ballad");
        Assert.Equal(["af_bella", "am_adam"], compatible.Select(v => v.Id));
        Assert.Empty(_fake.Requests);
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
