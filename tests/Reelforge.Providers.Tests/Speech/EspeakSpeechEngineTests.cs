using Reelforge.Core.Speech;
using Reelforge.Core.Text;
using Reelforge.Providers.Speech;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Speech;

public class EspeakSpeechEngineTests
{
    private static EspeakSpeechEngine Engine(bool useLibrary = true)
    {
        RequiredTool.Require("espeak-ng");
        return new EspeakSpeechEngine(useLibrary: useLibrary);
    }

    [Fact]
    public async Task SynthesizeAsync_EnglishSentence_ReportsOneWordEventPerWordInOrderInsideTheAudio()
    {
        const string sentence = "The quick brown fox jumps over the lazy dog.";
        var engine = Engine();
        Assert.True(engine.ReportsWordEvents, "libespeak-ng.so.1 did not load; install it with: sudo apt-get install -y libespeak-ng1");

        var clip = await engine.SynthesizeAsync(sentence, new SpeechSettings("en-us"), CancellationToken.None);

        var words = WordTokenizer.Tokenize(sentence);
        Assert.Equal(words.Count, clip.WordBoundaries.Count);
        Assert.Equal(words.Select(w => w.Offset), clip.WordBoundaries.Select(b => b.TextOffset));
        Assert.Equal("fox", sentence.Substring(clip.WordBoundaries[3].TextOffset, clip.WordBoundaries[3].TextLength));
        var times = clip.WordBoundaries.Select(b => b.AudioOffsetSeconds).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Equal(times.Count, times.Distinct().Count());
        Assert.All(times, t => Assert.InRange(t, 0, clip.Audio.DurationSeconds));
        Assert.True(SpeechAssert.RmsDbfs(clip.Audio) > -35);
    }

    [Fact]
    public async Task SynthesizeAsync_Chinese_ReportsCharacterPositionsInsideTheAudio()
    {
        const string sentence = "今天天气很好，我们去公园吧。";

        var clip = await Engine().SynthesizeAsync(sentence, new SpeechSettings("cmn"), CancellationToken.None);

        Assert.True(clip.Audio.DurationSeconds > 1);
        Assert.NotEmpty(clip.WordBoundaries);
        Assert.All(clip.WordBoundaries, b => Assert.True(CharacterScript.IsCjkIdeographic(sentence[b.TextOffset])));
        Assert.All(clip.WordBoundaries, b => Assert.InRange(b.AudioOffsetSeconds, 0, clip.Audio.DurationSeconds));
    }

    [Fact]
    public async Task SynthesizeAsync_AccentsAndEmoji_MapPositionsToStringOffsets()
    {
        const string sentence = "¿Cómo estás 😀 hoy?";

        var clip = await Engine().SynthesizeAsync(sentence, new SpeechSettings("es"), CancellationToken.None);

        var words = clip.WordBoundaries.Select(b => sentence.Substring(b.TextOffset, b.TextLength)).ToList();
        Assert.Contains("Cómo", words);
        Assert.Contains("estás", words);
        Assert.Contains("hoy", words);
    }

    [Fact]
    public void ToBoundaries_CodePointPositionsPastASurrogatePair_BecomeUtf16Offsets()
    {
        var boundaries = EspeakLibrary.ToBoundaries("a 😀 bc", [(1, 1, 0), (3, 1, 100), (5, 2, 200), (0, 0, 300)], 100);

        Assert.Equal(
            [new WordBoundary(0, 1, 0), new WordBoundary(2, 2, 1), new WordBoundary(5, 2, 2)],
            boundaries);
    }

    [Fact]
    public async Task SynthesizeAsync_FasterRate_IsShorter()
    {
        var engine = Engine();

        var normal = await engine.SynthesizeAsync("One two three four five six.", new SpeechSettings("en-us"), CancellationToken.None);
        var fast = await engine.SynthesizeAsync("One two three four five six.", new SpeechSettings("en-us", 1.6), CancellationToken.None);

        Assert.True(fast.Audio.DurationSeconds < normal.Audio.DurationSeconds * 0.8);
    }

    [Fact]
    public async Task SynthesizeAsync_UnknownVoice_Fails()
    {
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => Engine().SynthesizeAsync("Hello.", new SpeechSettings("no-such-voice"), CancellationToken.None));

        Assert.Contains("no-such-voice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_CommandFallback_GivesAudioWithoutWordEvents()
    {
        var engine = Engine(useLibrary: false);

        var clip = await engine.SynthesizeAsync("Hello there, world.", new SpeechSettings("en-us"), CancellationToken.None);

        Assert.False(engine.ReportsWordEvents);
        Assert.Equal(22050, clip.Audio.SampleRate);
        Assert.InRange(clip.Audio.DurationSeconds, 0.5, 4);
        Assert.Empty(clip.WordBoundaries);
    }

    [Fact]
    public async Task ListVoicesAsync_IncludesEnglishSpanishAndMandarin()
    {
        var voices = await Engine().ListVoicesAsync(CancellationToken.None);

        Assert.Contains(voices, v => v.Id == "en-us");
        Assert.Contains(voices, v => v.Id == "es");
        Assert.Contains("zh", Assert.Single(voices, v => v.Id == "cmn").Languages);
    }

    [Fact]
    public void Version_IsTheLibraryVersion() => Assert.StartsWith("1.", Engine().Version, StringComparison.Ordinal);

    [Fact]
    public async Task SynthesizeAsync_ConcurrentCalls_EachGetTheirOwnAudioAndWords()
    {
        var engine = Engine();
        string[] sentences = ["One two three.", "Four five six seven.", "Eight nine.", "Ten eleven twelve thirteen fourteen."];

        var clips = await Task.WhenAll(sentences.Select(s => engine.SynthesizeAsync(s, new SpeechSettings("en-us"), CancellationToken.None)));

        for (var i = 0; i < sentences.Length; i++)
        {
            Assert.Equal(WordTokenizer.Tokenize(sentences[i]).Count, clips[i].WordBoundaries.Count);
        }

        Assert.True(clips[3].Audio.DurationSeconds > clips[2].Audio.DurationSeconds);
    }

    [Fact]
    public void Version_WithoutTheLibrary_ComesFromTheCommand() =>
        Assert.StartsWith("1.", Engine(useLibrary: false).Version, StringComparison.Ordinal);
}
