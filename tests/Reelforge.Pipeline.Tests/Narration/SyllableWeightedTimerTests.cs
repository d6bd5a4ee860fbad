using Reelforge.Pipeline.Narration;

namespace Reelforge.Pipeline.Tests.Narration;

public class SyllableWeightedTimerTests
{
    [Fact]
    public void Split_WordsCoverTheExactSpanContiguously()
    {
        var timings = SyllableWeightedTimer.Split(["The", "beautiful", "cat", "sat."], 1.0, 3.0, "en");

        Assert.Equal(1.0, timings[0].Start);
        Assert.Equal(3.0, timings[^1].End);
        for (var i = 1; i < timings.Count; i++)
        {
            Assert.Equal(timings[i - 1].End, timings[i].Start);
        }
    }

    [Fact]
    public void Split_LongerWordsGetMoreTime()
    {
        var timings = SyllableWeightedTimer.Split(["cat", "beautiful", "dog"], 0, 5, "en");

        Assert.True(timings[1].End - timings[1].Start > 2 * (timings[0].End - timings[0].Start));
    }

    [Fact]
    public void Split_TrailingCommaAddsAPause()
    {
        var plain = SyllableWeightedTimer.Split(["one", "two"], 0, 2, "en");
        var withComma = SyllableWeightedTimer.Split(["one,", "two"], 0, 2, "en");

        Assert.True(withComma[0].End > plain[0].End);
    }

    [Fact]
    public void Split_KeepsTheWordTextsUnchanged() =>
        Assert.Equal(["¿Qué", "tal?"], SyllableWeightedTimer.Split(["¿Qué", "tal?"], 0, 1, "es").Select(w => w.Text));

    [Fact]
    public void Split_NoWords_IsEmpty() => Assert.Empty(SyllableWeightedTimer.Split([], 0, 1, "en"));
}
