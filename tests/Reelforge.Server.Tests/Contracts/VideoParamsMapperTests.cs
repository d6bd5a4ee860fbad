using System.Text.Json;
using Reelforge.Core.Requests;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Tests.Contracts;

public sealed class VideoParamsMapperTests : IDisposable
{
    private readonly ServerMediaFixture _server = new();

    public void Dispose() => _server.Dispose();

    private VideoRequest Map(string json, bool llm = false) =>
        _server.Mapper(llm).Map(JsonSerializer.Deserialize<VideoParams>(json, ApiJson.Options)!);

    [Fact]
    public void Map_FullMptDump_GivesTheSameVideoInOurTerms()
    {
        var request = Map(MptBodies.FullDump);

        Assert.Equal(2, request.Scenes.Count);
        Assert.Equal("Cats purr when they are happy.", request.Scenes[0].Text);
        Assert.All(request.Scenes, s => Assert.Equal(["cat purring", "happy cat", "kitten"], s.SearchTerms));
        Assert.Equal("Why cats purr", request.Topic);
        Assert.Equal(AspectRatio.Landscape, request.Format.Aspect);
        Assert.Equal(ClipOrder.Sequential, request.Footage.Order);
        Assert.Equal(TransitionKind.Fade, request.Transition.Kind);
        Assert.Equal(3, request.Footage.ClipMaxSeconds);
        Assert.True(request.Footage.ClipMinSeconds <= request.Footage.ClipMaxSeconds);
        Assert.Equal(["pixabay"], request.Footage.StockSources);
        Assert.Empty(request.Footage.Directories);
        Assert.Equal("en", request.Voice.Language);
        Assert.Null(request.Voice.Voice);
        Assert.Equal(1.2, request.Voice.Volume);
        Assert.Equal(1.1, request.Voice.Rate);
        Assert.Equal(new CaptionPosition(CaptionAnchor.Custom, 65), request.Captions.Position);
        Assert.Equal("Noto Sans CJK SC", request.Captions.FontFamily);
        Assert.Equal("#FFFF00", request.Captions.TextColor);
        Assert.Null(request.Captions.BackgroundColor);
        Assert.Equal(72, request.Captions.FontSize);
        Assert.Equal(1.5, request.Captions.StrokeWidth);
        Assert.Equal(CaptionMode.Sentence, request.Captions.Mode);
        Assert.False(request.Music.None);
        Assert.StartsWith(_server.MusicDirectory, request.Music.File, StringComparison.Ordinal);
        Assert.Equal(0.2, request.Music.Volume);
    }

    [Fact]
    public void Map_SubjectOnlyWithLlm_WritesFromTheTopicInTheVoicesLanguage()
    {
        var request = Map(MptBodies.SubjectOnly, llm: true);

        Assert.Empty(request.Scenes);
        Assert.Equal("春天的花海", request.Topic);
        Assert.Equal("zh", request.Voice.Language);
        Assert.Null(request.Voice.Voice);
        Assert.Equal(1, request.Writing.Paragraphs);
        Assert.Equal(AspectRatio.Portrait, request.Format.Aspect);
        Assert.Equal(TransitionKind.Fade, request.Transition.Kind); // left out: the specification's default (MPT's own null still means none)
        Assert.Equal(ClipOrder.Random, request.Footage.Order);
        Assert.Equal(["library"], request.Footage.StockSources); // no video_source: every configured source (no stock key in this fixture)
    }

    [Fact]
    public void Map_SubtitleRequest_UsesItsTopPositionAndNoMusic()
    {
        var request = Map(MptBodies.SubtitleRequest);

        Assert.Equal("春天来了，花都开了。", Assert.Single(request.Scenes).Text);
        Assert.Equal("zh", request.Voice.Language);
        Assert.Equal(1.2, request.Voice.Rate);
        Assert.Equal(CaptionPosition.Top, request.Captions.Position);
        Assert.True(request.Music.None);
        Assert.NotNull(request.Captions.BackgroundColor);
        Assert.Equal([_server.MaterialsDirectory], request.Footage.Directories);
    }

    [Theory]
    [InlineData("None", TransitionKind.None)]
    [InlineData("Shuffle", TransitionKind.Random)]
    [InlineData("FadeIn", TransitionKind.Fade)]
    [InlineData("FadeOut", TransitionKind.Fade)]
    [InlineData("SlideIn", TransitionKind.Slide)]
    [InlineData("SlideOut", TransitionKind.Slide)]
    [InlineData("Mask", TransitionKind.Wipe)]
    [InlineData("zoom", TransitionKind.Zoom)]
    public void Map_TransitionMode_MapsMptSpellingsOntoOurs(string mode, TransitionKind expected)
    {
        var request = Map($$"""{"video_script": "Hello.", "video_transition_mode": "{{mode}}"}""");

        Assert.Equal(expected, request.Transition.Kind);
    }

    [Fact]
    public void Map_NullTransitionMode_IsNoTransition()
    {
        Assert.Equal(TransitionKind.None, Map("""{"video_script": "Hello.", "video_transition_mode": null}""").Transition.Kind);
    }

    [Theory]
    [InlineData("9:16", 9, 16)]
    [InlineData("16:9", 16, 9)]
    [InlineData("1:1", 1, 1)]
    [InlineData("4:5", 4, 5)]
    public void Map_Aspect_AcceptsMptsAndOurs(string aspect, int horizontal, int vertical)
    {
        Assert.Equal(new AspectRatio(horizontal, vertical), Map($$"""{"video_script": "Hello.", "video_aspect": "{{aspect}}"}""").Format.Aspect);
    }

    [Fact]
    public void Map_ScenesAndScript_ScenesWin()
    {
        var request = Map("""
            {"video_script": "Ignored.", "video_terms": "global",
             "scenes": [{"text": "First.", "search_terms": ["mine"], "media": ["beach.mp4"]}, {"text": "Second."}]}
            """);

        Assert.Equal(["First.", "Second."], request.Scenes.Select(s => s.Text));
        Assert.Equal(["mine"], request.Scenes[0].SearchTerms);
        Assert.Equal(["global"], request.Scenes[1].SearchTerms);
        Assert.Equal([Path.Combine(_server.MaterialsDirectory, "beach.mp4")], request.Scenes[0].Media);
    }

    [Fact]
    public void Map_MptMultiSceneSpelling_ReadsScriptAndKeywords()
    {
        var request = Map("""{"scenes": [{"id": "scene_1", "script": "From MPT.", "keywords": ["sea"], "camera": "wide"}]}""");

        var scene = Assert.Single(request.Scenes);
        Assert.Equal("From MPT.", scene.Text);
        Assert.Equal(["sea"], scene.SearchTerms);
    }

    [Fact]
    public void Map_LocalSourceWithMaterials_GivesEverySceneTheChosenFiles()
    {
        var request = Map("""
            {"video_script": "One.\n\nTwo.", "video_source": "local",
             "video_materials": [{"provider": "local", "url": "beach.mp4", "duration": 0}, {"provider": "local", "url": "logo.png"}]}
            """);

        var expected = new[] { "beach.mp4", "logo.png" }.Select(n => Path.Combine(_server.MaterialsDirectory, n));
        Assert.All(request.Scenes, s => Assert.Equal(expected, s.Media));
        Assert.Empty(request.Footage.StockSources);
    }

    [Fact]
    public void Map_LibrarySource_AsksForTheImportedMediaLibrary()
    {
        var request = Map("""{"video_script": "Waves.", "video_source": "library"}""");

        Assert.Equal(["library"], request.Footage.StockSources);
        Assert.Empty(request.Footage.Directories);
    }

    [Fact]
    public void Map_OurVoiceInVoiceName_SelectsIt()
    {
        var request = Map("""{"video_script": "Hello.", "voice_name": "flite:slt"}""");

        Assert.Equal(new VoiceSelection("flite", "slt"), request.Voice.Voice);
    }

    [Theory]
    [InlineData("openai:alloy", "openai", "alloy")]
    [InlineData("elevenlabs:21m00Tcm4TlvDq8ikWAM", "elevenlabs", "21m00Tcm4TlvDq8ikWAM")]
    public void Map_CloudVoice_SelectsTheCloudEngine(string voice, string engine, string id)
    {
        var request = Map($$"""{"video_script": "Hello.", "voice": "{{voice}}"}""");

        Assert.Equal(new VoiceSelection(engine, id), request.Voice.Voice);
    }

    [Fact]
    public void Map_VoiceField_WinsOverEdgeVoiceName()
    {
        var request = Map("""{"video_script": "Hello.", "voice_name": "zh-CN-XiaoxiaoNeural-Female", "voice": "espeak:en-us"}""");

        Assert.Equal(new VoiceSelection("espeak", "en-us"), request.Voice.Voice);
        Assert.Null(request.Voice.Language);
    }

    [Theory]
    [InlineData("en-US-AvaMultilingualNeural-V2-Female", "en")]
    [InlineData("zh-CN-liaoning-XiaobeiNeural-Female", "zh")]
    [InlineData("de-DE-KatjaNeural-Female", "de")]
    public void Map_EdgeVoiceName_KeepsItsLanguage(string voiceName, string language)
    {
        var request = Map($$"""{"video_script": "Hello.", "voice_name": "{{voiceName}}"}""");

        Assert.Equal(language, request.Voice.Language);
        Assert.Null(request.Voice.Voice);
    }

    [Fact]
    public void Map_OtherMptEngineVoice_PicksAVoiceFromTheText()
    {
        var request = Map("""{"video_script": "Hello.", "voice_name": "siliconflow:FunAudioLLM/CosyVoice2-0.5B:alex-Male"}""");

        Assert.Null(request.Voice.Voice);
        Assert.Null(request.Voice.Language);
    }

    [Fact]
    public void Map_SubtitleDisabled_TurnsCaptionsOff()
    {
        Assert.Equal(CaptionMode.Off, Map("""{"video_script": "Hello.", "subtitle_enabled": false, "captions": "words"}""").Captions.Mode);
    }

    [Fact]
    public void Map_OurCaptionFields_AreApplied()
    {
        var request = Map("""
            {"video_script": "Hello.", "captions": "words", "highlight_color": "#00ff00", "max_lines": 3, "font_name": "DejaVu Sans",
             "quality": "draft", "fps": 24, "short_side": 360, "fit": "letterbox", "clip_min": 2, "clip_max": 4,
             "transition_duration": 0.4, "seed": 42, "no_voice": true}
            """);

        Assert.Equal(CaptionMode.Words, request.Captions.Mode);
        Assert.Equal("#00FF00", request.Captions.HighlightColor);
        Assert.Equal(3, request.Captions.MaxLines);
        Assert.Equal("DejaVu Sans", request.Captions.FontFamily);
        Assert.Equal(RenderQuality.Draft, request.Format.Quality);
        Assert.Equal(24, request.Format.Fps);
        Assert.Equal(new FrameSize(360, 640), request.Format.Size);
        Assert.Equal(FootageFit.Letterbox, request.Footage.Fit);
        Assert.Equal((2, 4), (request.Footage.ClipMinSeconds, request.Footage.ClipMaxSeconds));
        Assert.Equal(0.4, request.Transition.DurationSeconds);
        Assert.Equal(42, request.Seed);
        Assert.True(request.Voice.NoVoice);
    }

    [Fact]
    public void Map_LatinMptFont_IsNotoSans()
    {
        Assert.Equal("Noto Sans", Map("""{"video_script": "Hello.", "font_name": "UTM Kabel KT.ttf"}""").Captions.FontFamily);
    }

    [Fact]
    public void Map_BgmFileName_ResolvesInTheMusicLibrary()
    {
        var request = Map("""{"video_script": "Hello.", "bgm_type": "custom", "bgm_file": "calm.mp3", "bgm_volume": 0.5}""");

        Assert.Equal(Path.Combine(_server.MusicDirectory, "calm.mp3"), request.Music.File);
        Assert.Equal(0.5, request.Music.Volume);
    }

    [Fact]
    public void Map_RandomMusicWithEmptyLibrary_UsesTheBuiltInBed()
    {
        var empty = new DataDirectoryMedia(_server.MaterialsDirectory, Path.Combine(_server.MusicDirectory, "missing"));
        var request = new VideoParamsMapper(empty).Map(new VideoParams { VideoScript = "Hello." });

        Assert.Null(request.Music.File);
        Assert.False(request.Music.None);
    }

    [Fact]
    public void Map_TargetSeconds_WinsOverParagraphNumber()
    {
        var request = Map("""{"video_subject": "Bees", "paragraph_number": 3, "target_seconds": 45, "tone": "calm"}""", llm: true);

        Assert.Equal(45, request.Writing.TargetSeconds);
        Assert.Null(request.Writing.Paragraphs);
        Assert.Equal("calm", request.Writing.Tone);
    }

    [Fact]
    public void Map_SameScriptTwice_GivesTheSameSeed()
    {
        Assert.Equal(Map("""{"video_script": "Same."}""").Seed, Map("""{"video_script": "Same."}""").Seed);
    }
}
