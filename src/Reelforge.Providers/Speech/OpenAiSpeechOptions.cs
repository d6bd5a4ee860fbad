namespace Reelforge.Providers.Speech;

/// <summary>
/// The "Speech:OpenAI" configuration section: an OpenAI (or OpenAI-compatible) <c>/v1/audio/speech</c> endpoint.
/// Environment: <c>Reelforge__Speech__OpenAI__ApiKey</c>, <c>…__BaseUrl</c>, <c>…__Model</c> (<c>tts-1</c>,
/// <c>tts-1-hd</c>, <c>gpt-4o-mini-tts</c>, or a compatible server's model name).
/// </summary>
public sealed class OpenAiSpeechOptions() : CloudSpeechOptions(SectionName, DefaultBaseUrl, DefaultModel, "openai speech")
{
    public const string SectionName = "Speech:OpenAI";

    public const string DefaultBaseUrl = "https://api.openai.com";

    public const string DefaultModel = "tts-1";

    /// <summary><c>wav</c> (the header carries rate and channels) or <c>pcm</c> (raw 16-bit mono at <see cref="PcmSampleRate"/>).</summary>
    public string ResponseFormat { get; set; } = "wav";

    /// <summary>The sample rate of raw <c>pcm</c> answers: 24 kHz for OpenAI.</summary>
    public int PcmSampleRate { get; set; } = 24000;

    /// <summary>The voices offered; empty means OpenAI's documented voices for the model. Set it for a compatible server's own voices.</summary>
    public List<string> Voices { get; set; } = [];

    protected override void AddProblems(List<string> problems, string section)
    {
        if (ResponseFormat is not ("wav" or "pcm"))
        {
            problems.Add($"{section}:ResponseFormat must be wav or pcm, not '{ResponseFormat}'.");
        }

        if (PcmSampleRate is < 8000 or > 192000)
        {
            problems.Add($"{section}:PcmSampleRate must be between 8000 and 192000.");
        }
    }
}
