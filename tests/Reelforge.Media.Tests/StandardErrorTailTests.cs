namespace Reelforge.Media.Tests;

public sealed class StandardErrorTailTests
{
    [Fact]
    public void ToString_MoreLinesThanLimit_KeepsOnlyTheLastOnes()
    {
        var tail = new StandardErrorTail(maxLines: 3, maxChars: 1000);
        for (var i = 1; i <= 10; i++)
        {
            tail.Add($"line {i}");
        }

        Assert.Equal("line 8\nline 9\nline 10\n", tail.ToString());
    }

    [Fact]
    public void ToString_MoreCharactersThanLimit_DropsOldestLinesAndKeepsEndOfHugeLine()
    {
        var tail = new StandardErrorTail(maxLines: 40, maxChars: 20);
        tail.Add("first line that is long");
        tail.Add("0123456789");
        tail.Add("abcdefghij");

        Assert.Equal("abcdefghij\n", tail.ToString());

        tail.Add(new string('x', 50) + "the end");
        var text = tail.ToString();
        Assert.Equal(20, text.Length);
        Assert.EndsWith("the end\n", text);
    }
}
