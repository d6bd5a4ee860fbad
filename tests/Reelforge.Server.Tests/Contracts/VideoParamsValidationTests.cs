using System.Text.Json;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Tests.Contracts;

public sealed class VideoParamsValidationTests : IDisposable
{
    private readonly ServerMediaFixture _server = new();

    public void Dispose() => _server.Dispose();

    private ApiValidationException Reject(string json, bool llm = false) =>
        Assert.Throws<ApiValidationException>(() => _server.Mapper(llm).Map(JsonSerializer.Deserialize<VideoParams>(json, ApiJson.Options)!));

    [Theory]
    [InlineData("""{"video_aspect": "3:4"}""", "video_aspect")]
    [InlineData("""{"video_aspect": "portrait"}""", "video_aspect")]
    [InlineData("""{"video_concat_mode": "shuffle"}""", "video_concat_mode")]
    [InlineData("""{"video_transition_mode": "Spin"}""", "video_transition_mode")]
    [InlineData("""{"video_clip_duration": 0}""", "video_clip_duration")]
    [InlineData("""{"video_clip_duration": 500}""", "video_clip_duration")]
    [InlineData("""{"video_count": 0}""", "video_count")]
    [InlineData("""{"video_count": 6}""", "video_count")]
    [InlineData("""{"video_source": "youtube"}""", "video_source")]
    [InlineData("""{"video_language": "english please"}""", "video_language")]
    [InlineData("""{"voice_volume": 0}""", "voice_volume")]
    [InlineData("""{"voice_volume": 9}""", "voice_volume")]
    [InlineData("""{"voice_rate": 3}""", "voice_rate")]
    [InlineData("""{"bgm_type": "loud"}""", "bgm_type")]
    [InlineData("""{"bgm_volume": -0.1}""", "bgm_volume")]
    [InlineData("""{"bgm_volume": 6}""", "bgm_volume")]
    [InlineData("""{"subtitle_position": "left"}""", "subtitle_position")]
    [InlineData("""{"subtitle_position": "custom", "custom_position": 120}""", "custom_position")]
    [InlineData("""{"font_name": "Comic Sans.ttf"}""", "font_name")]
    [InlineData("""{"font_name": "Noto; rm -rf"}""", "font_name")]
    [InlineData("""{"text_fore_color": "chartreuse-ish"}""", "text_fore_color")]
    [InlineData("""{"text_background_color": "#12"}""", "text_background_color")]
    [InlineData("""{"stroke_color": "#GG0000"}""", "stroke_color")]
    [InlineData("""{"font_size": 4}""", "font_size")]
    [InlineData("""{"font_size": 1000}""", "font_size")]
    [InlineData("""{"stroke_width": 50}""", "stroke_width")]
    [InlineData("""{"n_threads": 0}""", "n_threads")]
    [InlineData("""{"paragraph_number": 0}""", "paragraph_number")]
    [InlineData("""{"captions": "karaoke"}""", "captions")]
    [InlineData("""{"highlight_color": "gold-ish"}""", "highlight_color")]
    [InlineData("""{"max_lines": 9}""", "max_lines")]
    [InlineData("""{"quality": "ultra"}""", "quality")]
    [InlineData("""{"quality": "1"}""", "quality")]
    [InlineData("""{"fps": 120}""", "fps")]
    [InlineData("""{"fps": 5}""", "fps")]
    [InlineData("""{"short_side": 721}""", "short_side")]
    [InlineData("""{"short_side": 4000}""", "short_side")]
    [InlineData("""{"fit": "stretch"}""", "fit")]
    [InlineData("""{"clip_min": 0.5}""", "clip_min")]
    [InlineData("""{"clip_max": 200}""", "clip_max")]
    [InlineData("""{"clip_min": 5, "clip_max": 3}""", "clip_max")]
    [InlineData("""{"clip_min": 6, "video_clip_duration": 3}""", "video_clip_duration")]
    [InlineData("""{"transition_duration": 5}""", "transition_duration")]
    [InlineData("""{"voice": "slt"}""", "voice")]
    [InlineData("""{"voice": "azure:en-US-JennyNeural"}""", "voice")]
    [InlineData("""{"target_seconds": 1000}""", "target_seconds")]
    [InlineData("""{"callback_url": "ftp://example.org/x"}""", "callback_url")]
    [InlineData("""{"callback_url": "/relative"}""", "callback_url")]
    public void Map_ValueOutOfRangeOrUnknown_IsRejectedNamingTheField(string fields, string field)
    {
        var json = fields.Insert(1, "\"video_script\": \"Hello.\", ");

        var error = Reject(json);

        Assert.Equal(field, error.Field);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_NothingToNarrate_NamesVideoSubject()
    {
        Assert.Equal("video_subject", Reject("{}").Field);
    }

    [Fact]
    public void Map_SubjectWithoutLlm_NamesVideoScript()
    {
        var error = Reject("""{"video_subject": "Bees"}""");

        Assert.Equal("video_script", error.Field);
        Assert.Contains("LLM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_SceneWithoutText_NamesTheScene()
    {
        Assert.Equal("scenes[1].text", Reject("""{"scenes": [{"text": "One."}, {"text": "  "}]}""").Field);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\..\\secret.mp3")]
    [InlineData("../secret.mp3")]
    [InlineData("music/calm.mp3")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("..")]
    public void Map_BgmFileThatIsAPath_IsRejectedNamingBgmFile(string bgmFile)
    {
        var error = Reject(JsonSerializer.Serialize(new { video_script = "Hello.", bgm_type = "custom", bgm_file = bgmFile }));

        Assert.Equal("bgm_file", error.Field);
    }

    [Fact]
    public void Map_BgmFileAbsolutePathToARealFile_IsRejected()
    {
        var error = Reject(JsonSerializer.Serialize(new { video_script = "Hello.", bgm_file = _server.SecretFile }));

        Assert.Equal("bgm_file", error.Field);
    }

    [Fact]
    public void Map_BgmFileNotInLibrary_IsRejectedNamingBgmFile()
    {
        Assert.Equal("bgm_file", Reject("""{"video_script": "Hello.", "bgm_file": "missing.mp3"}""").Field);
    }

    [Fact]
    public void Map_CustomBgmWithoutFile_NamesBgmFile()
    {
        Assert.Equal("bgm_file", Reject("""{"video_script": "Hello.", "bgm_type": "custom"}""").Field);
    }

    [Theory]
    [InlineData("../secret.mp3")]
    [InlineData("/etc/passwd")]
    [InlineData("nope.mp4")]
    public void Map_LocalMaterialThatIsNotAnUpload_IsRejectedNamingTheEntry(string url)
    {
        var body = JsonSerializer.Serialize(new
        {
            video_script = "Hello.",
            video_source = "local",
            video_materials = new[] { new { provider = "local", url = "beach.mp4" }, new { provider = "local", url } },
        });

        Assert.Equal("video_materials[1].url", Reject(body).Field);
    }

    [Fact]
    public void Map_SceneMediaPath_IsRejectedNamingTheMedia()
    {
        Assert.Equal("scenes[0].media[0]", Reject("""{"scenes": [{"text": "One.", "media": ["../../etc/passwd"]}]}""").Field);
    }
}
