using System.Text.RegularExpressions;
using Reelforge.Core.Text;

namespace Reelforge.Core.Tests.Text;

public class SentenceSplitterTests
{
    [Fact]
    public void Split_English_SplitsAtPeriodsQuestionAndExclamationMarks()
    {
        var sentences = SentenceSplitter.Split("The sun rises. Does it set? Yes! It does.");

        Assert.Equal(["The sun rises.", "Does it set?", "Yes!", "It does."], sentences);
    }

    [Fact]
    public void Split_Spanish_KeepsInvertedMarksAtTheStart()
    {
        var sentences = SentenceSplitter.Split("¿Cómo estás? ¡Muy bien! Gracias.");

        Assert.Equal(["¿Cómo estás?", "¡Muy bien!", "Gracias."], sentences);
    }

    [Fact]
    public void Split_SpanishWithoutSpaceBeforeTheNextInvertedMark_StillSplits()
    {
        var sentences = SentenceSplitter.Split("¿Qué?¡Sí! Vale.");

        Assert.Equal(["¿Qué?", "¡Sí!", "Vale."], sentences);
    }

    [Fact]
    public void Split_NumbersWithPointsAndCommas_AreNotSentenceEnds()
    {
        var sentences = SentenceSplitter.Split("It grew 2.5 times to 1,000 users. Then it stopped.");

        Assert.Equal(["It grew 2.5 times to 1,000 users.", "Then it stopped."], sentences);
    }

    [Fact]
    public void Split_Abbreviations_AreNotSentenceEnds()
    {
        var sentences = SentenceSplitter.Split("Dr. Smith moved to the U.S. in May. Some fruit, e.g. apples, keep. Mr. J. Doe agreed.");

        Assert.Equal(["Dr. Smith moved to the U.S. in May.", "Some fruit, e.g. apples, keep.", "Mr. J. Doe agreed."], sentences);
    }

    [Fact]
    public void Split_Ellipses_ContinueBeforeLowerCaseAndEndBeforeCapitals()
    {
        var sentences = SentenceSplitter.Split("Wait... what was that? I see… Nothing.");

        Assert.Equal(["Wait... what was that?", "I see…", "Nothing."], sentences);
    }

    [Fact]
    public void Split_Chinese_SplitsAfterFullWidthTerminatorsWithoutSpaces()
    {
        var sentences = SentenceSplitter.Split("今天天气很好。你去哪里？我们走吧！好的");

        Assert.Equal(["今天天气很好。", "你去哪里？", "我们走吧！", "好的"], sentences);
    }

    [Fact]
    public void Split_ClosingQuotesStayWithTheirSentence()
    {
        var sentences = SentenceSplitter.Split("She said \"Go.\" He went. 他说：“走吧。”然后走了。");

        Assert.Equal(["She said \"Go.\"", "He went.", "他说：“走吧。”", "然后走了。"], sentences);
    }

    [Fact]
    public void Split_LineBreaks_EndSentences()
    {
        var sentences = SentenceSplitter.Split("A title\nThe body text.\n\nMore");

        Assert.Equal(["A title", "The body text.", "More"], sentences);
    }

    [Theory]
    [InlineData("Dr. Who?  It's 3.14 p.m. now... OK!  ¿Qué?¡Sí!")]
    [InlineData("  第一句。第二句！  Third one. ")]
    [InlineData("No terminator at all")]
    public void Split_ConcatenatedSentences_EqualTheInputIgnoringWhitespace(string text)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(Regex.Replace(text, @"\s+", ""), Regex.Replace(string.Concat(sentences), @"\s+", ""));
        Assert.All(sentences, s => Assert.Contains(s, text, StringComparison.Ordinal));
    }
}
