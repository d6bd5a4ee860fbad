using Reelforge.Providers.Writing;

namespace Reelforge.Providers.Tests.Writing;

public sealed class NarrationCleanerTests
{
    [Fact]
    public void Paragraphs_StripMarkdownCuesAndLabels()
    {
        const string Raw = "<think>plan</think>\n# The Ocean\n\n**Narrator:** The ocean covers most of Earth. [upbeat music]\n\n- Whales sing for hours.\n\n(Pause) Deep trenches hide strange life.";

        var paragraphs = NarrationCleaner.Paragraphs(Raw, null);

        Assert.Equal(["The ocean covers most of Earth.", "Whales sing for hours.", "Deep trenches hide strange life."], paragraphs);
    }

    [Fact]
    public void Paragraphs_OneBlockButScenesWanted_SplitsBySentences()
    {
        var paragraphs = NarrationCleaner.Paragraphs("One. Two. Three. Four.", 2);

        Assert.Equal(["One. Two.", "Three. Four."], paragraphs);
    }
}
