using System.Text.Json;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Tests.Contracts;

public sealed class VideoParamsJsonTests
{
    private static VideoParams Read(string json) => JsonSerializer.Deserialize<VideoParams>(json, ApiJson.Options)!;

    [Fact]
    public void Deserialize_EmptyBody_LeavesEverySettingToTheSpecification()
    {
        var body = Read("{}");

        Assert.Equal("", body.VideoSubject);
        Assert.Equal("", body.VideoScript);
        Assert.Null(body.VideoTerms);
        Assert.Equal(1, body.VideoCount);
        Assert.Equal("", body.VoiceName);
        Assert.Equal("random", body.BgmType);
        Assert.True(body.SubtitleEnabled);
        Assert.Equal(2, body.NThreads);

        // Every field that carries a setting is absent, so the one default of the request specification applies.
        foreach (var setting in Reelforge.Core.Requests.Specification.VideoRequestSpecification.Settings.Where(s => s.Key is not "music"))
        {
            Assert.Null(VideoParamsSettings.Read(body, setting.Key));
        }
    }

    [Fact]
    public void Deserialize_FullMptDump_ReadsEveryKnownFieldAndIgnoresTheRest()
    {
        var body = Read(MptBodies.FullDump);

        Assert.Equal("Why cats purr", body.VideoSubject);
        Assert.Equal(["cat purring", "happy cat", "kitten"], body.VideoTerms);
        Assert.Equal("16:9", body.VideoAspect);
        Assert.Equal("FadeIn", body.VideoTransitionMode);
        Assert.Equal(3, body.VideoClipDuration);
        Assert.Equal(2, body.VideoCount);
        Assert.Equal("custom", body.SubtitlePosition);
        Assert.Equal(65.0, body.CustomPosition);
        Assert.Equal(SubtitleBackground.Off, body.TextBackgroundColor);
        Assert.Null(body.Scenes);
    }

    [Fact]
    public void Deserialize_UnknownFields_AreIgnored()
    {
        var body = Read("""{"video_subject": "x", "title_enabled": true, "some_future_field": {"nested": [1, 2]}, "tts_server": "azure-tts-v2"}""");

        Assert.Equal("x", body.VideoSubject);
    }

    [Fact]
    public void Deserialize_VideoTermsAsList_KeepsEachTerm()
    {
        var body = Read("""{"video_terms": [" sky ", "tree"]}""");

        Assert.Equal(["sky", "tree"], body.VideoTerms);
    }

    [Theory]
    [InlineData("\"true\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("true", true)]
    [InlineData("0", false)]
    public void Deserialize_SubtitleEnabled_AcceptsBooleansAndTheirStrings(string json, bool expected)
    {
        var body = Read($$"""{"subtitle_enabled": {{json}}}""");

        Assert.Equal(expected, body.SubtitleEnabled);
    }

    [Fact]
    public void Deserialize_TextBackgroundColorString_KeepsTheColour()
    {
        var body = Read("""{"text_background_color": "#33333380"}""");

        Assert.Equal(new SubtitleBackground(true, "#33333380"), body.TextBackgroundColor);
    }

    [Fact]
    public void Deserialize_NumbersAsStrings_AreRead()
    {
        var body = Read("""{"font_size": "48", "voice_rate": "1.2"}""");

        Assert.Equal(48, body.FontSize);
        Assert.Equal(1.2, body.VoiceRate);
    }

    [Fact]
    public void Deserialize_OurFields_AreSnakeCase()
    {
        var body = Read("""
            {"scenes": [{"text": "One.", "search_terms": ["a"], "media": ["beach.mp4"]}], "callback_url": "https://example.org/hook",
             "captions": "words", "highlight_color": "#FF0000", "max_lines": 3, "quality": "high", "fps": 25, "short_side": 720,
             "fit": "blur", "clip_min": 2, "clip_max": 4, "transition_duration": 0.3, "seed": 7, "voice": "espeak:en-us",
             "no_voice": true, "target_seconds": 30, "tone": "playful", "audience": "kids"}
            """);

        Assert.Equal("One.", Assert.Single(body.Scenes!).Text);
        Assert.Equal("https://example.org/hook", body.CallbackUrl);
        Assert.Equal("words", body.Captions);
        Assert.Equal(3, body.MaxLines);
        Assert.Equal(720, body.ShortSide);
        Assert.Equal(4, body.ClipMax);
        Assert.Equal(7, body.Seed);
        Assert.Equal("espeak:en-us", body.Voice);
        Assert.True(body.NoVoice);
        Assert.Equal(30, body.TargetSeconds);
        Assert.Equal("kids", body.Audience);
    }

    [Fact]
    public void Serialize_VideoParams_WritesMptFieldNames()
    {
        var json = JsonSerializer.Serialize(new VideoParams { VideoSubject = "x", VideoTerms = ["a", "b"] }, ApiJson.Options);
        using var document = JsonDocument.Parse(json);

        Assert.Equal("x", document.RootElement.GetProperty("video_subject").GetString());
        Assert.Equal(2, document.RootElement.GetProperty("video_terms").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("text_background_color").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("custom_position").ValueKind);
    }
}
