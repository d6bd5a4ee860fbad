using Reelforge.Core.Text;

namespace Reelforge.Core.Tests.Text;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("今天天气很好，我们去公园吧。", "zh")]
    [InlineData("今日はいい天気ですね。", "ja")]
    [InlineData("오늘 날씨가 좋네요.", "ko")]
    [InlineData("مرحبا بكم في العالم", "ar")]
    [InlineData("Привет, как дела?", "ru")]
    [InlineData("नमस्ते दुनिया", "hi")]
    public void Detect_NonLatinScripts_ByWritingSystem(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("The quick brown fox jumps over the lazy dog and it is fast.", "en")]
    [InlineData("El perro come la comida y es muy feliz con su familia.", "es")]
    [InlineData("Le chat est sur la table et il dort dans le salon.", "fr")]
    [InlineData("Der Hund ist nicht im Haus und die Katze schläft auch.", "de")]
    [InlineData("O gato não está em casa e você sabe disso.", "pt")]
    [InlineData("Il gatto è sul tavolo e non vuole scendere della sedia.", "it")]
    public void Detect_LatinScript_ByCommonWords(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("12345 !!!")]
    [InlineData("Xyzzy plugh")]
    public void Detect_NothingToGoOn_DefaultsToEnglish(string text) =>
        Assert.Equal("en", LanguageDetector.Detect(text));

    [Fact]
    public void Detect_ChineseWithALatinBrandName_IsStillChinese() =>
        Assert.Equal("zh", LanguageDetector.Detect("我们使用 OpenAI 的模型来写脚本。"));
}
