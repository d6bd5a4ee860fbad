using Reelforge.Providers.Footage;
using Reelforge.Providers.Speech;

namespace Reelforge.Server.Api.Contracts;

/// <summary>What the server can do, which decides what a request may ask for.</summary>
public sealed record VideoParamsMapperOptions
{
    /// <summary>Whether an LLM is configured to write a script from <c>video_subject</c>.</summary>
    public bool LlmConfigured { get; init; }

    /// <summary>Engine names accepted in ENGINE:VOICE.</summary>
    public IReadOnlySet<string> VoiceEngines { get; init; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            FliteSpeechEngine.EngineName, EspeakSpeechEngine.EngineName, OpenAiSpeechEngine.EngineName, ElevenLabsSpeechEngine.EngineName,
        };

    /// <summary>Footage sources accepted in <c>video_source</c> (besides "local"): the stock providers and the media library.</summary>
    public IReadOnlySet<string> StockSources { get; init; } =
        new HashSet<string>([.. StockFootageFactory.SourceNames, Providers.Footage.LibraryFootageSource.SourceName], StringComparer.OrdinalIgnoreCase);

    /// <summary>The sources of a request that names none: the keyed stock providers and the media library.</summary>
    public IReadOnlyList<string> DefaultFootage { get; init; } = [Providers.Footage.LibraryFootageSource.SourceName];
}
