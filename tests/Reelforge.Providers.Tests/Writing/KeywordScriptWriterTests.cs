using Reelforge.Core.Requests;
using Reelforge.Core.Writing;
using Reelforge.Providers.Writing;

namespace Reelforge.Providers.Tests.Writing;

public sealed class KeywordScriptWriterTests
{
    private readonly KeywordScriptWriter _writer = new();

    [Fact]
    public async Task WriteScript_SaysAnLlmMustBeConfigured()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => _writer.WriteScriptAsync(new ScriptBrief("volcanoes"), CancellationToken.None));

        Assert.Contains("Reelforge__Llm__Provider", ex.Message);
        Assert.Contains("script", ex.Message);
    }

    [Fact]
    public async Task SuggestTerms_English_PicksContentWordsNotStopWords()
    {
        var scenes = await _writer.SuggestTermsAsync(
            [new SceneSpec("The volcano erupted and the lava flowed into the ocean. Lava cools into black rock."), new SceneSpec("Scientists watch the volcano from a helicopter.")],
            "en",
            CancellationToken.None);

        Assert.Equal(["lava", "volcano", "erupted"], scenes[0].Terms);
        Assert.InRange(scenes[1].Terms.Count, 2, 4);
        Assert.Contains("volcano", scenes[1].Terms);
        Assert.DoesNotContain("the", scenes[1].Terms);
    }

    [Fact]
    public async Task SuggestTerms_Spanish_UsesSpanishStopWords()
    {
        var scenes = await _writer.SuggestTermsAsync([new SceneSpec("Las montañas de los Andes tienen glaciares y las montañas son muy altas.")], "es", CancellationToken.None);

        Assert.Equal("montañas", scenes[0].Terms[0]);
        Assert.Contains("glaciares", scenes[0].Terms);
        Assert.DoesNotContain("las", scenes[0].Terms);
        Assert.DoesNotContain("muy", scenes[0].Terms);
    }

    [Fact]
    public async Task SuggestTerms_Chinese_UsesCharacterBigrams()
    {
        var scenes = await _writer.SuggestTermsAsync([new SceneSpec("熊猫生活在竹林里。熊猫每天吃很多竹子。")], "zh", CancellationToken.None);

        Assert.Equal("熊猫", scenes[0].Terms[0]);
        Assert.InRange(scenes[0].Terms.Count, 2, 4);
        Assert.All(scenes[0].Terms, t => Assert.Equal(2, t.Length));
    }

    [Fact]
    public async Task SuggestTerms_KeepsTheUsersOwnTerms()
    {
        var scenes = await _writer.SuggestTermsAsync([new SceneSpec("Lava everywhere.", ["drone volcano"])], "en", CancellationToken.None);

        Assert.Equal(["drone volcano"], scenes[0].Terms);
    }

    [Fact]
    public async Task WriteMetadata_TitleFromFirstSentence_HashtagsFromKeywords()
    {
        var metadata = await _writer.WriteMetadataAsync("Volcanoes shape our planet. Lava builds new land every year. Lava is hot.", "en", CancellationToken.None);

        Assert.Equal(["youtube_shorts", "tiktok", "instagram_reels"], metadata.Select(m => m.Platform));
        var youtube = metadata[0];
        Assert.Equal("Volcanoes shape our planet.", youtube.Title);
        Assert.Equal("Volcanoes shape our planet. Lava builds new land every year.", youtube.Description);
        Assert.Equal("#lava", youtube.Hashtags[0]);
        Assert.Contains("#shorts", youtube.Hashtags);
        Assert.Contains("#fyp", metadata[1].Hashtags);
    }
}
