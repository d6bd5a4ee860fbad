using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reelforge.Providers.Speech;

namespace Reelforge.Jobs.Production;

/// <summary>
/// Every speech engine by name: flite and espeak-ng offline, OpenAI and ElevenLabs when their keys are configured.
/// The cloud engines read their settings on every call, so keys saved in the studio (laid over the configuration)
/// apply at once; they send through the "speech" client of the HTTP client factory.
/// </summary>
public static class SpeechEngines
{
    /// <summary>The name of the HTTP client the cloud speech engines use.</summary>
    public const string HttpClientName = "speech";

    public static SpeechEngineRegistry CreateRegistry(
        IOptionsMonitor<OpenAiSpeechOptions> openAi,
        IOptionsMonitor<ElevenLabsSpeechOptions> elevenLabs,
        IHttpClientFactory httpClients,
        ILoggerFactory loggerFactory,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(openAi);
        ArgumentNullException.ThrowIfNull(elevenLabs);
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        return new SpeechEngineRegistry(
            [
                new FliteSpeechEngine(),
                new EspeakSpeechEngine(loggerFactory.CreateLogger<EspeakSpeechEngine>()),
                new OpenAiSpeechEngine(() => openAi.CurrentValue, httpClients.CreateClient(HttpClientName), loggerFactory.CreateLogger<OpenAiSpeechEngine>(), time),
                new ElevenLabsSpeechEngine(() => elevenLabs.CurrentValue, httpClients.CreateClient(HttpClientName), loggerFactory.CreateLogger<ElevenLabsSpeechEngine>(), time),
            ],
            loggerFactory.CreateLogger<SpeechEngineRegistry>());
    }
}
