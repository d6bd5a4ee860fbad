using Reelforge.Core.Audio;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Core.Text;
using Reelforge.Pipeline.Narration;
using Reelforge.Providers.Speech;
using Reelforge.TestSupport;

namespace Reelforge.Pipeline.Tests.Narration;

/// <summary>The Narrate stage through the cloud engines, against loopback fakes of their APIs.</summary>
public sealed class CloudNarrationTests : IAsyncDisposable
{
    private static readonly SceneSpec[] Script = [new("Lava cools into new rock. Ash clouds can circle the planet.")];

    private readonly FakeSpeechApis _fake = new();
    private readonly TempDirectory _temp = new();

    public async ValueTask DisposeAsync()
    {
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task BuildAsync_ElevenLabs_TimesWordsFromItsCharacterAlignment()
    {
        var engine = new ElevenLabsSpeechEngine(() => new ElevenLabsSpeechOptions { ApiKey = _fake.ElevenLabsKey, BaseUrl = _fake.BaseUrl.ToString() });
        var request = new NarrationRequest(Script, new VoiceOptions(), _temp.File("out")) { Engine = engine, VoiceId = FakeSpeechApis.ElevenLabsVoiceId };

        var track = (await new NarrationBuilder(_temp.File("cache")).BuildAsync(request, null, CancellationToken.None)).Track;

        Assert.Equal("elevenlabs:" + FakeSpeechApis.ElevenLabsVoiceId, track.Voice);
        Assert.Equal(2, track.Sentences.Count);
        foreach (var sentence in track.Sentences)
        {
            Assert.Equal(WordTimingSource.EngineEvents, sentence.TimingSource);
            var tokens = WordTokenizer.Tokenize(sentence.Text);
            Assert.Equal(tokens.Select(t => t.Text), sentence.Words.Select(w => w.Text));
            // every later word starts exactly as far after the second one as the service timed its characters
            for (var i = 2; i < tokens.Count; i++)
            {
                Assert.Equal((tokens[i].Offset - tokens[1].Offset) * FakeSpeechApis.CharacterSeconds, sentence.Words[i].Start - sentence.Words[1].Start, 3);
            }
        }

        var audio = await WavFile.ReadAsync(track.AudioPath!, CancellationToken.None);
        Assert.Equal(24000, audio.SampleRate);
        Assert.Equal(track.Duration, audio.DurationSeconds, 2);
    }

    [Fact]
    public async Task BuildAsync_OpenAi_SplitsSentenceSpansBySyllables()
    {
        var engine = new OpenAiSpeechEngine(() => new OpenAiSpeechOptions { ApiKey = _fake.OpenAiKey, BaseUrl = _fake.BaseUrl.ToString() });
        var request = new NarrationRequest(Script, new VoiceOptions(), _temp.File("out")) { Engine = engine, VoiceId = "nova" };

        var track = (await new NarrationBuilder(_temp.File("cache")).BuildAsync(request, null, CancellationToken.None)).Track;

        Assert.Equal("openai:nova", track.Voice);
        Assert.All(track.Sentences, s => Assert.Equal(WordTimingSource.SyllableWeighted, s.TimingSource));
        // the synthetic voice's sound, trimmed of its silences: 60 ms per character
        Assert.Equal(Script[0].Text.IndexOf(" Ash", StringComparison.Ordinal) * FakeSpeechApis.CharacterSeconds, track.Sentences[0].Duration, 1);
    }
}
