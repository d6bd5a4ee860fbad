using Reelforge.Providers.Speech;

namespace Reelforge.Providers.Tests.Speech;

public class EspeakVoiceListParserTests
{
    private static readonly string Captured = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "espeak-ng-voices.txt"));

    [Fact]
    public void Parse_CapturedOutput_ReadsEveryVoiceOnce()
    {
        var voices = EspeakVoiceListParser.Parse(Captured);

        Assert.True(voices.Count > 100);
        Assert.Equal(voices.Count, voices.Select(v => v.Id).Distinct().Count());
        Assert.All(voices, v => Assert.Equal("espeak", v.Engine));
    }

    [Fact]
    public void Parse_Mandarin_HasTheOtherLanguagesColumn()
    {
        var cmn = Assert.Single(EspeakVoiceListParser.Parse(Captured), v => v.Id == "cmn");

        Assert.Equal(["cmn", "zh-cmn", "zh"], cmn.Languages);
        Assert.Equal("Chinese (Mandarin, latin as English)", cmn.DisplayName);
        Assert.Equal("male", cmn.Gender);
    }

    [Fact]
    public void Parse_RegionalVoice_AlsoSpeaksItsBaseLanguage()
    {
        var voice = Assert.Single(EspeakVoiceListParser.Parse(Captured), v => v.Id == "en-us");

        Assert.Equal(["en-us", "en"], voice.Languages);
    }

    [Fact]
    public void Parse_HeaderAndBlankLines_AreIgnored() =>
        Assert.Empty(EspeakVoiceListParser.Parse("Pty Language       Age/Gender VoiceName          File                 Other Languages\n\n"));
}
