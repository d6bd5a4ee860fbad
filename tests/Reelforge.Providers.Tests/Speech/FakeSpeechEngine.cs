using Reelforge.Core.Audio;
using Reelforge.Core.Speech;

namespace Reelforge.Providers.Tests.Speech;

internal sealed class FakeSpeechEngine(string name, bool isAvailable, params VoiceInfo[] voices) : ISpeechEngine
{
    public string Name => name;

    public bool IsAvailable => isAvailable;

    public string Version => "1";

    public Task<IReadOnlyList<VoiceInfo>> ListVoicesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<VoiceInfo>>(voices);

    public Task<SpeechClip> SynthesizeAsync(string text, SpeechSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(new SpeechClip(PcmAudio.Silence(1, 16000), []));
}
