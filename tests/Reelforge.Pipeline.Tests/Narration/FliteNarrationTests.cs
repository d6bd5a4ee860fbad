using Reelforge.Core.Audio;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Pipeline.Narration;
using Reelforge.Providers.Speech;
using Reelforge.TestSupport;

namespace Reelforge.Pipeline.Tests.Narration;

/// <summary>The Narrate stage end to end with the real flite and espeak-ng.</summary>
public class FliteNarrationTests
{
    private static readonly SceneSpec[] Script =
    [
        new("Rivers shape the land over time. Dr. Lee measured 2.5 meters of erosion!"),
        new("Nobody expected that. Why did it happen?"),
    ];

    [Fact]
    public async Task BuildAsync_TwoScenesWithFlite_GivesExactSentenceSpansPausesAndTheScriptsWords()
    {
        RequiredTool.Require("flite");
        using var temp = new TempDirectory();
        var engine = new CountingSpeechEngine(new FliteSpeechEngine());
        var options = new VoiceOptions { SentencePause = 0.3, ScenePause = 0.6 };
        var request = new NarrationRequest(Script, options, temp.File("out")) { Engine = engine, VoiceId = "slt" };

        var result = await new NarrationBuilder(temp.File("cache")).BuildAsync(request, null, CancellationToken.None);

        var track = result.Track;
        var sentences = track.Sentences;
        Assert.Equal(4, sentences.Count);
        Assert.Equal(4, engine.Calls);
        Assert.Equal("flite:slt", track.Voice);
        Assert.All(sentences, s => Assert.Equal(WordTimingSource.SyllableWeighted, s.TimingSource));
        Assert.True(result.SynthesisTime > TimeSpan.Zero);

        // spans in order, never overlapping, with the deliberate pauses between them
        for (var i = 1; i < sentences.Count; i++)
        {
            var gap = sentences[i].Start - sentences[i - 1].End;
            Assert.Equal(sentences[i].SceneIndex != sentences[i - 1].SceneIndex ? 0.6 : 0.3, gap, 3);
        }

        // captions equal the script: the words, joined, are each scene's text
        for (var scene = 0; scene < Script.Length; scene++)
        {
            var words = sentences.Where(s => s.SceneIndex == scene).SelectMany(s => s.Words).Select(w => w.Text);
            Assert.Equal(Script[scene].Text, string.Join(' ', words));
        }

        Assert.All(sentences, s =>
        {
            Assert.Equal(s.Start, s.Words[0].Start);
            Assert.Equal(s.End, s.Words[^1].End);
        });

        // the WAV: speech starts within 100 ms of every sentence start, and the pauses are silent
        var audio = await WavFile.ReadAsync(track.AudioPath!, CancellationToken.None);
        Assert.Equal(16000, audio.SampleRate);
        Assert.Equal(track.Duration, audio.DurationSeconds, 3);
        foreach (var sentence in sentences)
        {
            var clip = audio.Slice((int)(sentence.Start * audio.SampleRate), (int)(sentence.End * audio.SampleRate));
            var firstSound = SilenceTrimmer.FindSound(clip, marginSeconds: 0);
            Assert.False(firstSound.IsEmpty);
            Assert.InRange((double)firstSound.Start / audio.SampleRate, 0, 0.100);
        }

        for (var i = 1; i < sentences.Count; i++)
        {
            var pause = audio.Slice((int)(sentences[i - 1].End * audio.SampleRate) + 1, (int)(sentences[i].Start * audio.SampleRate) - 1);
            Assert.All(pause.Samples, sample => Assert.Equal(0, sample));
        }

        // a second run of the same script is all cache hits
        var again = await new NarrationBuilder(temp.File("cache")).BuildAsync(request with { OutputDirectory = temp.File("again") }, null, CancellationToken.None);
        Assert.Equal(4, engine.Calls);
        Assert.Equal(4, again.CachedSentences);
        Assert.Equal(sentences.Select(s => s.End), again.Track.Sentences.Select(s => s.End));
    }

    [Fact]
    public async Task BuildAsync_EspeakEnglish_TimesWordsFromTheLibrarysWordEvents()
    {
        RequiredTool.Require("espeak-ng");
        using var temp = new TempDirectory();
        var request = new NarrationRequest([new SceneSpec("The quick brown fox jumps over the lazy dog.")], new VoiceOptions(), temp.Path)
        {
            Engine = new EspeakSpeechEngine(),
            VoiceId = "en-us",
        };

        var result = await new NarrationBuilder(temp.File("cache")).BuildAsync(request, null, CancellationToken.None);

        var sentence = Assert.Single(result.Track.Sentences);
        Assert.Equal(WordTimingSource.EngineEvents, sentence.TimingSource);
        Assert.Equal(9, sentence.Words.Count);
        Assert.All(sentence.Words, w => Assert.True(w.End > w.Start, $"'{w.Text}' has no duration"));
        Assert.Equal(sentence.End, sentence.Words[^1].End);
    }

    [Fact]
    public async Task BuildAsync_ChineseWithEspeak_TimesEveryCharacterFromWordEvents()
    {
        RequiredTool.Require("espeak-ng");
        using var temp = new TempDirectory();
        var scenes = new[] { new SceneSpec("今天天气很好。"), new SceneSpec("我们去公园吧！") };
        var request = new NarrationRequest(scenes, new VoiceOptions(), temp.Path) { Engine = new EspeakSpeechEngine(), VoiceId = "cmn" };

        var result = await new NarrationBuilder(temp.File("cache")).BuildAsync(request, null, CancellationToken.None);

        Assert.Equal("zh", result.Track.Language);
        Assert.Equal(2, result.Track.Sentences.Count);
        Assert.All(result.Track.Sentences, s => Assert.Equal(WordTimingSource.EngineEvents, s.TimingSource));
        Assert.Equal("今天天气很好。", string.Concat(result.Track.Sentences[0].Words.Select(w => w.Text)));
        Assert.Equal(6, result.Track.Sentences[0].Words.Count);
        Assert.All(result.Track.Sentences.SelectMany(s => s.Words), w => Assert.True(w.End > w.Start));
    }

    [Fact]
    public async Task BuildAsync_Cancelled_StopsWithoutWritingATrack()
    {
        RequiredTool.Require("flite");
        using var temp = new TempDirectory();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var request = new NarrationRequest(Script, new VoiceOptions(), temp.File("out")) { Engine = new FliteSpeechEngine(), VoiceId = "slt" };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new NarrationBuilder(temp.File("cache")).BuildAsync(request, null, cts.Token));

        Assert.False(File.Exists(Path.Combine(temp.File("out"), NarrationBuilder.AudioFileName)));
    }
}
