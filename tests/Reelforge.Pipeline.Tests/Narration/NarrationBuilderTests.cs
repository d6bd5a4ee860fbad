using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Pipeline.Narration;
using Reelforge.TestSupport;

namespace Reelforge.Pipeline.Tests.Narration;

public class NarrationBuilderTests
{
    private static readonly SceneSpec[] Scenes =
    [
        new("First sentence here. Second one, short."),
        new("Scene two speaks."),
    ];

    private static readonly VoiceOptions Options = new() { SentencePause = 0.3, ScenePause = 0.6 };

    [Fact]
    public async Task BuildAsync_TrimsEachClipAndJoinsThemWithTheSentenceAndScenePauses()
    {
        using var temp = new TempDirectory();
        var engine = new ToneSpeechEngine(reportWords: false);

        var result = await new NarrationBuilder(temp.File("cache")).BuildAsync(Request(engine, temp.Path), null, CancellationToken.None);

        var s = result.Track.Sentences;
        Assert.Equal([0, 0, 1], s.Select(x => x.SceneIndex));
        Assert.Equal(["First sentence here.", "Second one, short.", "Scene two speaks."], s.Select(x => x.Text));
        Assert.Equal(0, s[0].Start);

        // 60 ms per character plus the trimmer's 15 ms margin on each side, not the engine's 200 ms padding
        Assert.Equal(20 * ToneSpeechEngine.SecondsPerCharacter + 0.03, s[0].Duration, 2);
        Assert.Equal(0.3, s[1].Start - s[0].End, 3);
        Assert.Equal(0.6, s[2].Start - s[1].End, 3);
        Assert.Equal(s[2].End, result.Track.Duration);
        Assert.Equal(WordTimingSource.SyllableWeighted, s[0].TimingSource);
        Assert.Equal("tone:beep", result.Track.Voice);
        Assert.Equal("en", result.Track.Language);
        Assert.Equal(3, result.SynthesizedSentences);
    }

    [Fact]
    public async Task BuildAsync_WritesOneWavAsLongAsTheTrack()
    {
        using var temp = new TempDirectory();

        var result = await new NarrationBuilder(temp.File("cache"))
            .BuildAsync(Request(new ToneSpeechEngine(reportWords: false), temp.Path), null, CancellationToken.None);

        Assert.Equal(Path.Combine(temp.Path, "narration.wav"), result.Track.AudioPath);
        var audio = await Core.Audio.WavFile.ReadAsync(result.Track.AudioPath!, CancellationToken.None);
        Assert.Equal(16000, audio.SampleRate);
        Assert.Equal(result.Track.Duration, audio.DurationSeconds, 3);
    }

    [Fact]
    public async Task BuildAsync_EngineWithWordEvents_TimesWordsFromThemShiftedByTheTrim()
    {
        using var temp = new TempDirectory();

        var result = await new NarrationBuilder(temp.File("cache"))
            .BuildAsync(Request(new ToneSpeechEngine(reportWords: true), temp.Path), null, CancellationToken.None);

        var second = result.Track.Sentences[1];
        Assert.Equal(WordTimingSource.EngineEvents, second.TimingSource);
        Assert.Equal(["Second", "one,", "short."], second.Words.Select(w => w.Text));
        Assert.Equal(second.Start, second.Words[0].Start);

        // "one," is at character 7: 15 ms margin + 7 × 60 ms after the trimmed start
        Assert.Equal(second.Start + 0.015 + (7 * 0.06), second.Words[1].Start, 3);
        Assert.Equal(second.Words[1].Start, second.Words[0].End);
        Assert.Equal(second.End, second.Words[^1].End);
    }

    [Fact]
    public async Task BuildAsync_SecondRunOfTheSameScript_MakesNoTtsCall()
    {
        using var temp = new TempDirectory();
        var engine = new CountingSpeechEngine(new ToneSpeechEngine(reportWords: true));
        var builder = new NarrationBuilder(temp.File("cache"));

        var first = await builder.BuildAsync(Request(engine, temp.File("one")), null, CancellationToken.None);
        var callsAfterFirst = engine.Calls;
        var second = await new NarrationBuilder(temp.File("cache")).BuildAsync(Request(engine, temp.File("two")), null, CancellationToken.None);

        Assert.Equal(3, callsAfterFirst);
        Assert.Equal(3, engine.Calls);
        Assert.Equal(3, second.CachedSentences);
        Assert.Equal(TimeSpan.Zero, second.SynthesisTime);
        Assert.Equal(first.Track.Sentences.Select(s => (s.Start, s.End)), second.Track.Sentences.Select(s => (s.Start, s.End)));
        Assert.Equal(first.Track.Sentences[1].Words, second.Track.Sentences[1].Words);
    }

    [Fact]
    public async Task BuildAsync_DifferentRate_IsNotACacheHit()
    {
        using var temp = new TempDirectory();
        var engine = new CountingSpeechEngine(new ToneSpeechEngine(reportWords: false));
        var builder = new NarrationBuilder(temp.File("cache"));

        await builder.BuildAsync(Request(engine, temp.Path), null, CancellationToken.None);
        var faster = await builder.BuildAsync(Request(engine, temp.Path) with { Options = Options with { Rate = 1.5 } }, null, CancellationToken.None);

        Assert.Equal(6, engine.Calls);
        Assert.True(faster.Track.Sentences[0].Duration < 1.0);
    }

    [Fact]
    public async Task BuildAsync_ReportsProgressUpToOne()
    {
        using var temp = new TempDirectory();
        var reports = new List<double>();

        await new NarrationBuilder(temp.File("cache"))
            .BuildAsync(Request(new ToneSpeechEngine(false), temp.Path), new SynchronousProgress(reports.Add), CancellationToken.None);

        Assert.Equal(0, reports[0]);
        Assert.Equal(1, reports[^1]);
        Assert.Equal(reports.Order(), reports);
        Assert.Contains(reports, r => r is > 0 and < 1);
    }

    [Fact]
    public async Task BuildAsync_NoVoice_PacesByReadingSpeedWithoutAudio()
    {
        using var temp = new TempDirectory();
        var request = new NarrationRequest(Scenes, Options with { NoVoice = true }, temp.Path);

        var result = await new NarrationBuilder(temp.File("cache")).BuildAsync(request, null, CancellationToken.None);

        Assert.Null(result.Track.AudioPath);
        Assert.Null(result.Track.Voice);
        Assert.All(result.Track.Sentences, s => Assert.Equal(WordTimingSource.ReadingSpeed, s.TimingSource));
        Assert.All(result.Track.Sentences, s => Assert.True(s.Duration >= 1.2 - 1e-9));
        Assert.Equal(0.6, result.Track.Sentences[2].Start - result.Track.Sentences[1].End, 6);
        Assert.Equal("First sentence here.", string.Join(' ', result.Track.Sentences[0].Words.Select(w => w.Text)));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task BuildAsync_NoVoiceChinese_DetectsTheLanguageAndTimesEachCharacter()
    {
        using var temp = new TempDirectory();
        var request = new NarrationRequest([new SceneSpec("今天天气很好。我们去公园吧！")], new VoiceOptions { NoVoice = true }, temp.Path);

        var result = await new NarrationBuilder(temp.File("cache")).BuildAsync(request, null, CancellationToken.None);

        Assert.Equal("zh", result.Track.Language);
        Assert.Equal(["今天天气很好。", "我们去公园吧！"], result.Track.Sentences.Select(s => s.Text));
        Assert.Equal(6, result.Track.Sentences[0].Words.Count);
    }

    [Fact]
    public async Task BuildAsync_VoicedWithoutEngine_FailsSayingWhatIsMissing()
    {
        using var temp = new TempDirectory();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => new NarrationBuilder(temp.File("cache")).BuildAsync(new NarrationRequest(Scenes, Options, temp.Path), null, CancellationToken.None));

        Assert.Contains("engine", error.Message, StringComparison.Ordinal);
    }

    private static NarrationRequest Request(Core.Speech.ISpeechEngine engine, string output) =>
        new(Scenes, Options, output) { Engine = engine, VoiceId = "beep" };
}
