namespace Reelforge.Providers.Speech;

/// <summary>
/// The "Speech:ElevenLabs" configuration section. Environment: <c>Reelforge__Speech__ElevenLabs__ApiKey</c>,
/// <c>…__BaseUrl</c>, <c>…__Model</c> (the <c>model_id</c>: <c>eleven_multilingual_v2</c>, <c>eleven_flash_v2_5</c>,
/// <c>eleven_turbo_v2_5</c>, …).
/// </summary>
public sealed class ElevenLabsSpeechOptions() : CloudSpeechOptions(SectionName, DefaultBaseUrl, DefaultModel, "elevenlabs speech")
{
    public const string SectionName = "Speech:ElevenLabs";

    public const string DefaultBaseUrl = "https://api.elevenlabs.io";

    public const string DefaultModel = "eleven_multilingual_v2";

    /// <summary>Raw 16-bit mono PCM at this rate (<c>output_format=pcm_RATE</c>): 16000, 22050, 24000 or 44100 (44.1 kHz needs a Pro plan).</summary>
    public int SampleRate { get; set; } = 24000;

    /// <summary>How long the account's voice list is reused before it is asked for again.</summary>
    public TimeSpan VoiceListLifetime { get; set; } = TimeSpan.FromMinutes(10);

    protected override void AddProblems(List<string> problems, string section)
    {
        if (SampleRate is not (8000 or 16000 or 22050 or 24000 or 44100 or 48000))
        {
            problems.Add($"{section}:SampleRate must be one of 8000, 16000, 22050, 24000, 44100, 48000, not {SampleRate}.");
        }
    }
}
