using Reelforge.Core.Speech;

namespace Reelforge.Pipeline.Tests.Narration;

/// <summary>Wraps an engine and counts the sentences it is asked to speak.</summary>
internal sealed class CountingSpeechEngine(ISpeechEngine inner) : ISpeechEngine
{
    private int _calls;

    public int Calls => _calls;

    public string Name => inner.Name;

    public bool IsAvailable => inner.IsAvailable;

    public string Version => inner.Version;

    public Task<IReadOnlyList<VoiceInfo>> ListVoicesAsync(CancellationToken cancellationToken) => inner.ListVoicesAsync(cancellationToken);

    public Task<SpeechClip> SynthesizeAsync(string text, SpeechSettings settings, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return inner.SynthesizeAsync(text, settings, cancellationToken);
    }
}
