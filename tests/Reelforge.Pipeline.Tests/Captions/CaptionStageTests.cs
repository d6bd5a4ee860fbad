using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Pipeline.Captions;
using Reelforge.Pipeline.Generation;
using Reelforge.Pipeline.Narration;
using Reelforge.TestSupport;

namespace Reelforge.Pipeline.Tests.Captions;

public sealed class CaptionStageTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private static SpokenSentence Spoken(int scene, string text, double start)
    {
        var words = text.Split(' ').Select((w, i) => new WordTiming(w, start + (i * 0.4), start + (i * 0.4) + 0.35)).ToList();
        return new SpokenSentence(scene, text, start, words[^1].End + 0.2, words, WordTimingSource.EngineEvents);
    }

    private static NarratedScript Script(CaptionMode mode)
    {
        SpokenSentence[] sentences = [Spoken(0, "Volcanoes are openings in the crust.", 0.5), Spoken(1, "Some sleep for centuries.", 4.0)];
        return new NarratedScript(
            new VideoRequest
            {
                Scenes = [new SceneSpec(sentences[0].Text), new SceneSpec(sentences[1].Text)],
                Format = new VideoFormat { ShortSide = 360 },
                Captions = new CaptionStyle { Mode = mode },
            },
            new NarrationTrack(null, sentences[^1].End, sentences, null, "en"));
    }

    [Fact]
    public async Task Run_NarratedScript_WritesAssSrtAndVttForEveryCueIntoTheWorkDirectory()
    {
        var stage = new CaptionStage();

        var cues = await stage.RunAsync(Script(CaptionMode.Sentence), new StageContext(_work.Path, _work.File("cache")), CancellationToken.None);

        var files = CaptionFiles.In(_work.Path);
        var srt = await File.ReadAllTextAsync(files.Srt);
        var vtt = await File.ReadAllTextAsync(files.Vtt);
        var ass = await File.ReadAllTextAsync(files.Ass);
        Assert.True(cues.Count >= 2);
        Assert.Equal(cues.Count, srt.Split("-->").Length - 1);
        Assert.StartsWith("WEBVTT", vtt, StringComparison.Ordinal);
        Assert.Equal(cues.Count, vtt.Split("-->").Length - 1);
        Assert.Equal(cues.Count, ass.Split("\nDialogue:").Length - 1);
        Assert.Contains("Volcanoes", srt, StringComparison.Ordinal);
        Assert.Contains("centuries", ass, StringComparison.Ordinal);
        Assert.Equal(0.5, cues[0].Start);
    }

    [Fact]
    public async Task Run_CaptionsOff_WritesCaptionFilesWithoutCues()
    {
        // The files still exist: the finished video's sidecars are copied from them whatever the mode.
        var cues = await new CaptionStage().RunAsync(Script(CaptionMode.Off), new StageContext(_work.Path, _work.File("cache")), CancellationToken.None);

        var files = CaptionFiles.In(_work.Path);
        Assert.Empty(cues);
        Assert.DoesNotContain("-->", await File.ReadAllTextAsync(files.Srt), StringComparison.Ordinal);
        Assert.StartsWith("WEBVTT", await File.ReadAllTextAsync(files.Vtt), StringComparison.Ordinal);
        Assert.DoesNotContain("Dialogue:", await File.ReadAllTextAsync(files.Ass), StringComparison.Ordinal);
    }
}
