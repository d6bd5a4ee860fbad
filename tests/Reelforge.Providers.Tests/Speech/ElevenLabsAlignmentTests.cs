using Reelforge.Providers.Speech;

namespace Reelforge.Providers.Tests.Speech;

public class ElevenLabsAlignmentTests
{
    private static (string[] Characters, double[] Starts) Timed(string spoken) =>
        (spoken.Select(c => c.ToString()).ToArray(), Enumerable.Range(0, spoken.Length).Select(i => i * 0.1).ToArray());

    [Fact]
    public void ToWordBoundaries_SameText_EachWordStartsAtItsFirstCharacter()
    {
        var (characters, starts) = Timed("Hot rock flows.");

        var words = ElevenLabsAlignment.ToWordBoundaries("Hot rock flows.", characters, starts);

        Assert.Equal([(0, 3, 0.0), (4, 4, 0.4), (9, 6, 0.9)], words.Select(w => (w.TextOffset, w.TextLength, Math.Round(w.AudioOffsetSeconds, 6))));
    }

    [Fact]
    public void ToWordBoundaries_ServiceDroppedOrAddedCharacters_StillFindsTheWords()
    {
        // the service left out the quote marks and added a space at the end
        var (characters, starts) = Timed("Say hello now. ");

        var words = ElevenLabsAlignment.ToWordBoundaries("Say “hello” now.", characters, starts);

        Assert.Equal([(0, 3, 0.0), (4, 7, 0.4), (12, 4, 1.0)], words.Select(w => (w.TextOffset, w.TextLength, Math.Round(w.AudioOffsetSeconds, 6))));
    }

    [Fact]
    public void ToWordBoundaries_Chinese_OneEventPerCharacterWord()
    {
        var (characters, starts) = Timed("火山喷发。");

        var words = ElevenLabsAlignment.ToWordBoundaries("火山喷发。", characters, starts);

        Assert.Equal([0, 1, 2, 3], words.Select(w => w.TextOffset));
        Assert.Equal([0.0, 0.1, 0.2, 0.3], words.Select(w => Math.Round(w.AudioOffsetSeconds, 6)));
    }

    [Fact]
    public void ToWordBoundaries_NoAlignment_IsEmpty() =>
        Assert.Empty(ElevenLabsAlignment.ToWordBoundaries("Hot rock.", [], []));
}
