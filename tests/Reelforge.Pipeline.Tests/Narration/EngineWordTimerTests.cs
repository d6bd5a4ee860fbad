using Reelforge.Core.Speech;
using Reelforge.Core.Text;
using Reelforge.Pipeline.Narration;

namespace Reelforge.Pipeline.Tests.Narration;

public class EngineWordTimerTests
{
    [Fact]
    public void Map_OneEventPerWord_StartsWordsAtTheirEventsShiftedToTheTrack()
    {
        var tokens = WordTokenizer.Tokenize("The quick fox.");

        var timings = EngineWordTimer.Map(tokens, [new(0, 3, 0.0), new(4, 5, 0.3), new(10, 3, 0.7)], 10, 11.2, "en")!;

        Assert.Equal(["The", "quick", "fox."], timings.Select(t => t.Text));
        Assert.Equal([10.0, 10.3, 10.7], timings.Select(t => Math.Round(t.Start, 6)));
        Assert.Equal([10.3, 10.7, 11.2], timings.Select(t => Math.Round(t.End, 6)));
    }

    [Fact]
    public void Map_SeveralEventsInsideANumber_UsesTheFirst()
    {
        var tokens = WordTokenizer.Tokenize("It grew 2.5 times");

        var timings = EngineWordTimer.Map(
            tokens, [new(0, 2, 0), new(3, 4, 0.2), new(8, 3, 0.4), new(9, 3, 0.6), new(9, 3, 0.8), new(12, 5, 1.1)], 0, 1.5, "en")!;

        Assert.Equal(0.4, timings[2].Start, 6);
        Assert.Equal(1.1, timings[3].Start, 6);
    }

    [Fact]
    public void Map_WordWithoutEvent_SharesTheGapBetweenItsNeighbours()
    {
        var tokens = WordTokenizer.Tokenize("one two three four");

        var timings = EngineWordTimer.Map(tokens, [new(0, 3, 0), new(8, 5, 1.0), new(14, 4, 1.5)], 0, 2, "en")!;

        Assert.Equal(4, timings.Count);
        Assert.InRange(timings[1].Start, 0.01, 0.99);
        Assert.Equal(1.0, timings[2].Start, 6);
    }

    [Fact]
    public void Map_EventBeforeTheTrimmedStart_StillStartsTheFirstWordAtTheSentenceStart()
    {
        var tokens = WordTokenizer.Tokenize("Hello world");

        var timings = EngineWordTimer.Map(tokens, [new(0, 5, 0.05), new(6, 5, 0.5)], 2, 3, "en")!;

        Assert.Equal(2, timings[0].Start);
    }

    [Fact]
    public void Map_TooFewEvents_ReturnsNullSoTheCallerFallsBack()
    {
        var tokens = WordTokenizer.Tokenize("a b c d e f");

        Assert.Null(EngineWordTimer.Map(tokens, [new WordBoundary(4, 1, 0.3)], 0, 1, "en"));
        Assert.Null(EngineWordTimer.Map(tokens, [], 0, 1, "en"));
    }
}
