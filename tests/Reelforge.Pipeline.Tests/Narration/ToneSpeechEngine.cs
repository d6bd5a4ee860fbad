using Reelforge.Core.Audio;
using Reelforge.Core.Speech;
using Reelforge.Core.Text;

namespace Reelforge.Pipeline.Tests.Narration;

/// <summary>
/// A fake engine that "speaks" 60 ms of tone per character between 200 ms of silence on each side (like
/// flite's padding), optionally reporting a word event at each word's first character.
/// </summary>
internal sealed class ToneSpeechEngine(bool reportWords, int sampleRate = 16000) : ISpeechEngine
{
    public const double Padding = 0.2;
    public const double SecondsPerCharacter = 0.06;

    public string Name => "tone";

    public bool IsAvailable => true;

    public string Version => "1.0";

    public Task<IReadOnlyList<VoiceInfo>> ListVoicesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<VoiceInfo>>([new VoiceInfo(Name, "beep", "Beep", ["en"])]);

    public Task<SpeechClip> SynthesizeAsync(string text, SpeechSettings settings, CancellationToken cancellationToken)
    {
        var pad = (int)(Padding * sampleRate);
        var speech = (int)(text.Length * SecondsPerCharacter / settings.Rate * sampleRate);
        var samples = new short[pad + speech + pad];
        for (var i = 0; i < speech; i++)
        {
            samples[pad + i] = (short)(6000 * Math.Sin(2 * Math.PI * 300 * i / sampleRate));
        }

        var words = reportWords
            ? WordTokenizer.Tokenize(text).Select(t => new WordBoundary(t.Offset, t.Length, Padding + (t.Offset * SecondsPerCharacter / settings.Rate))).ToList()
            : [];
        return Task.FromResult(new SpeechClip(new PcmAudio(samples, sampleRate), words));
    }
}
