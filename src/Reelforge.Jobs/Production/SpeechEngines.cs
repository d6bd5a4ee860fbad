using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Reelforge.Providers.Speech;

namespace Reelforge.Jobs.Production;

/// <summary>
/// Every speech engine by name, as the CLI and the server both register them: flite and espeak-ng offline, OpenAI
/// and ElevenLabs when their keys are configured. The cloud engines read their settings from
/// <paramref name="configuration"/> on every call, so keys saved in the studio (laid over it) apply at once.
/// </summary>
public static class SpeechEngines
{
    public static SpeechEngineRegistry CreateRegistry(IConfiguration configuration, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        return new SpeechEngineRegistry(
            [
                new FliteSpeechEngine(),
                new EspeakSpeechEngine(loggerFactory.CreateLogger<EspeakSpeechEngine>()),
                new OpenAiSpeechEngine(() => OpenAi(configuration), logger: loggerFactory.CreateLogger<OpenAiSpeechEngine>()),
                new ElevenLabsSpeechEngine(() => ElevenLabs(configuration), logger: loggerFactory.CreateLogger<ElevenLabsSpeechEngine>()),
            ],
            loggerFactory.CreateLogger<SpeechEngineRegistry>());
    }

    /// <summary>The "Speech:OpenAI" section as it is now.</summary>
    public static OpenAiSpeechOptions OpenAi(IConfiguration configuration) =>
        configuration.GetSection(OpenAiSpeechOptions.SectionName).Get<OpenAiSpeechOptions>() ?? new OpenAiSpeechOptions();

    /// <summary>The "Speech:ElevenLabs" section as it is now.</summary>
    public static ElevenLabsSpeechOptions ElevenLabs(IConfiguration configuration) =>
        configuration.GetSection(ElevenLabsSpeechOptions.SectionName).Get<ElevenLabsSpeechOptions>() ?? new ElevenLabsSpeechOptions();
}
