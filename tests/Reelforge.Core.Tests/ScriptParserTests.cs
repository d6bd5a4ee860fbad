using Reelforge.Core.Requests;

namespace Reelforge.Core.Tests;

public class ScriptParserTests
{
    [Fact]
    public void ParseScript_BlankLinesSeparateScenes_LinesInsideAreJoined()
    {
        var scenes = ScriptParser.ParseScript("First line\nstill first.\n\n  \nSecond scene.\r\n\r\nThird.\n");

        Assert.Equal(["First line still first.", "Second scene.", "Third."], scenes.Select(s => s.Text));
    }

    [Fact]
    public void ParseScript_OnlyWhitespace_HasNoScenes() => Assert.Empty(ScriptParser.ParseScript(" \n\n \t\n"));

    [Fact]
    public void ParseScenesJson_SnakeCaseFields_AreRead()
    {
        var scenes = ScriptParser.ParseScenesJson("""
            [{"text": "Lava flows.", "search_terms": ["lava", " volcano "], "media": ["a.mp4"]},
             {"text": "Ash clouds."}]
            """);

        Assert.Equal(2, scenes.Count);
        Assert.Equal(["lava", "volcano"], scenes[0].Terms);
        Assert.Equal(["a.mp4"], scenes[0].MediaPaths);
        Assert.Empty(scenes[1].Terms);
    }

    [Fact]
    public void ParseScenesJson_SceneWithoutText_NamesTheScene()
    {
        var error = Assert.Throws<FormatException>(() => ScriptParser.ParseScenesJson("""[{"text":"ok"},{"search_terms":["x"]}]"""));
        Assert.Contains("Scene 2", error.Message);
    }

    [Fact]
    public void ParseScenesJson_Malformed_SaysItIsNotJson()
    {
        var error = Assert.Throws<FormatException>(() => ScriptParser.ParseScenesJson("[{\"text\": "));
        Assert.Contains("not valid JSON", error.Message);
    }
}
