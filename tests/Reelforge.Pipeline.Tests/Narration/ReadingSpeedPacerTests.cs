using Reelforge.Pipeline.Narration;

namespace Reelforge.Pipeline.Tests.Narration;

public class ReadingSpeedPacerTests
{
    [Fact]
    public void SecondsFor_ShortSentence_IsAtLeastTheMinimum() => Assert.Equal(1.2, ReadingSpeedPacer.SecondsFor("Hi."));

    [Fact]
    public void SecondsFor_EnglishSentence_ReadsAboutFifteenCharactersOrThreeWordsPerSecond()
    {
        var seconds = ReadingSpeedPacer.SecondsFor("The quick brown fox jumps over the lazy dog again and again.");

        Assert.InRange(seconds, 3.5, 5);
    }

    [Fact]
    public void SecondsFor_Chinese_ReadsAboutSixCharactersPerSecond() =>
        Assert.InRange(ReadingSpeedPacer.SecondsFor("今天天气很好我们去公园散步吧"), 2.2, 2.5);
}
