using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Pipeline.Captions;

namespace Reelforge.Pipeline.Tests.Captions;

public class CaptionCueBuilderTests
{
    private static readonly FrameSize Portrait = new(1080, 1920);

    /// <summary>A sentence whose words are spoken back to back, each 0.4 s, starting at <paramref name="start"/>.</summary>
    private static SpokenSentence Spoken(string text, double start, char separator = ' ')
    {
        var words = separator == ' '
            ? text.Split(' ')
            : text.Select(c => c.ToString()).ToArray();
        var timings = words.Select((w, i) => new WordTiming(w, start + 0.1 + (i * 0.4), start + 0.1 + (i * 0.4) + 0.35)).ToList();
        return new SpokenSentence(0, text, start, timings[^1].End + 0.2, timings, WordTimingSource.EngineEvents);
    }

    private static NarrationTrack Track(params SpokenSentence[] sentences) =>
        new(null, sentences[^1].End, sentences, null, "en");

    [Fact]
    public void Build_LongSentence_SplitsIntoCuesOfAtMostMaxLines()
    {
        var sentence = Spoken(
            "Captions that run long are split into several cues so that no cue ever shows more lines than the style allows, which keeps the frame readable.",
            2.0);
        var style = new CaptionStyle { MaxLines = 2 };
        var size = new FrameSize(360, 640);

        var cues = CaptionCueBuilder.Build(Track(sentence), style, size, SharedMeasurer.Instance);

        Assert.True(cues.Count >= 2);
        Assert.All(cues, c => Assert.InRange(c.Lines.Count, 1, 2));
        Assert.Equal(sentence.Text, string.Join(" ", cues.Select(c => c.SourceText)));
        Assert.Equal(sentence.Text, string.Join(" ", cues.SelectMany(c => c.Lines)));
        var pixelSize = CaptionMetrics.FontPixelSize(style, size);
        Assert.All(cues.SelectMany(c => c.Lines), l =>
            Assert.True(SharedMeasurer.Instance.Measure(l, style.FontFamily, pixelSize) <= CaptionMetrics.SafeWidth(style, size)));
    }

    [Fact]
    public void Build_SplitSentence_CueTimesFollowTheirWordsAndTileTheSentence()
    {
        var sentence = Spoken("one two three four five six seven eight nine ten eleven twelve", 5.0);
        var style = new CaptionStyle { MaxLines = 1, FontSize = 64 };

        // half-em characters at 64 px: 32 px each, about 28 characters per 1080-wide line
        var cues = CaptionCueBuilder.Build(Track(sentence), style, Portrait, new FixedWidthMeasurer());

        Assert.True(cues.Count >= 2);
        Assert.Equal(sentence.Start, cues[0].Start);
        Assert.Equal(sentence.End, cues[^1].End);
        for (var i = 1; i < cues.Count; i++)
        {
            Assert.Equal(cues[i - 1].End, cues[i].Start);
            Assert.Equal(cues[i].Words[0].Start, cues[i].Start);
            Assert.StartsWith(cues[i].Words[0].Text, cues[i].Lines[0], StringComparison.Ordinal);
        }

        Assert.Equal(sentence.Words, cues.SelectMany(c => c.Words));
        Assert.All(cues, c => Assert.Equal(c.SourceText, string.Join(" ", c.Words.Select(w => w.Text))));
    }

    [Fact]
    public void Build_ChineseSentence_CueTextJoinsWithoutSpaces()
    {
        var sentence = Spoken("今天天气很好，我们一起去公园散步吧。然后我们去吃饭，好不好？大家都很开心。", 0, separator: '\0');
        var style = new CaptionStyle { FontFamily = "Noto Sans CJK SC", MaxLines = 1 };

        var cues = CaptionCueBuilder.Build(Track(sentence), style, new FrameSize(360, 640), SharedMeasurer.Instance);

        Assert.True(cues.Count >= 2);
        Assert.Equal(sentence.Text, string.Concat(cues.SelectMany(c => c.Lines)));
        Assert.Equal(sentence.Text, string.Concat(cues.Select(c => c.SourceText)));
        Assert.All(cues, c => Assert.DoesNotMatch("^[，。！？、）]", c.Lines[0]));
    }

    [Fact]
    public void Build_SeveralSentences_OneCueEachWithSentenceTimes()
    {
        var first = Spoken("Hello there.", 0);
        var second = Spoken("How are you?", first.End + 0.3);

        var cues = CaptionCueBuilder.Build(Track(first, second), new CaptionStyle(), Portrait, SharedMeasurer.Instance);

        Assert.Equal(2, cues.Count);
        Assert.Equal((first.Start, first.End, "Hello there."), (cues[0].Start, cues[0].End, cues[0].Text));
        Assert.Equal((second.Start, second.End, "How are you?"), (cues[1].Start, cues[1].End, cues[1].Text));
    }

    [Fact]
    public void Build_WordsNotInTextAsWritten_StillAssignedInOrder()
    {
        var timings = new List<WordTiming> { new("It", 0, 0.2), new("costs", 0.2, 0.5), new("one", 0.5, 0.7), new("thousand", 0.7, 1.0), new("dollars", 1.0, 1.4) };
        var sentence = new SpokenSentence(0, "It costs 1,000 dollars", 0, 1.5, timings, WordTimingSource.EngineEvents);

        var cues = CaptionCueBuilder.Build(Track(sentence), new CaptionStyle(), Portrait, SharedMeasurer.Instance);

        Assert.Equal(timings, Assert.Single(cues).Words);
    }

    [Fact]
    public void Build_SentenceWithoutWordTimings_SplitsTimeByCharacters()
    {
        var sentence = new SpokenSentence(0, "aaaa bbbb cccc dddd", 10, 14, [], WordTimingSource.ReadingSpeed);
        var style = new CaptionStyle { MaxLines = 1, FontSize = 400 };

        // 200 px per character on a 1080 frame: one four-letter word per line, so one cue per word
        var cues = CaptionCueBuilder.Build(Track(sentence), style, Portrait, new FixedWidthMeasurer());

        Assert.Equal(["aaaa", "bbbb", "cccc", "dddd"], cues.Select(c => c.Text));
        Assert.Equal([10, 11.0526, 12.1053, 13.1579], cues.Select(c => Math.Round(c.Start, 4)));
        Assert.Equal(14, cues[^1].End);
    }

    [Fact]
    public void Build_ModeOff_ReturnsNoCues()
    {
        var cues = CaptionCueBuilder.Build(Track(Spoken("Hello there.", 0)), new CaptionStyle { Mode = CaptionMode.Off }, Portrait, SharedMeasurer.Instance);

        Assert.Empty(cues);
    }
}
