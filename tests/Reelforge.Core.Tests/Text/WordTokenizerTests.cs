using Reelforge.Core.Text;

namespace Reelforge.Core.Tests.Text;

public class WordTokenizerTests
{
    [Fact]
    public void Tokenize_Latin_KeepsPunctuationAttachedAndOffsetsExact()
    {
        const string sentence = "¿Hola, qué tal?  Bien.";

        var tokens = WordTokenizer.Tokenize(sentence);

        Assert.Equal(["¿Hola,", "qué", "tal?", "Bien."], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, sentence.Substring(t.Offset, t.Length)));
        Assert.Equal(17, tokens[3].Offset);
    }

    [Fact]
    public void Tokenize_Chinese_OneTokenPerCharacterWithPunctuationOnThePreviousOne()
    {
        var tokens = WordTokenizer.Tokenize("你好，世界。");

        Assert.Equal(["你", "好，", "世", "界。"], tokens.Select(t => t.Text));
        Assert.Equal([0, 1, 3, 4], tokens.Select(t => t.Offset));
    }

    [Fact]
    public void Tokenize_ChineseWithLatinAndQuotes_KeepsRunsAndOpeningMarks()
    {
        const string sentence = "他说“用AI写2025年”。";

        var tokens = WordTokenizer.Tokenize(sentence);

        Assert.Equal(["他", "说", "“用", "AI", "写", "2025", "年”。"], tokens.Select(t => t.Text));
        Assert.Equal(sentence, string.Concat(tokens.Select(t => t.Text)));
    }

    [Fact]
    public void Tokenize_Korean_UsesSpaces() =>
        Assert.Equal(["오늘", "날씨가", "좋네요."], WordTokenizer.Tokenize("오늘 날씨가 좋네요.").Select(t => t.Text));
}
