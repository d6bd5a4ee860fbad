namespace Reelforge.Server.Tests.Contracts;

/// <summary>Request bodies as MoneyPrinterTurbo clients send them.</summary>
internal static class MptBodies
{
    /// <summary>A body as MPT's task log prints <c>params</c> (its <c>model_dump()</c>), newer fields included.</summary>
    public const string FullDump = """
        {
          "video_subject": "Why cats purr",
          "video_script": "Cats purr when they are happy.\n\nThey also purr to heal themselves.",
          "video_terms": "cat purring, happy cat，kitten",
          "video_aspect": "16:9",
          "video_concat_mode": "sequential",
          "video_transition_mode": "FadeIn",
          "video_clip_duration": 3,
          "video_count": 2,
          "video_source": "pixabay",
          "video_materials": null,
          "video_style": "",
          "output_bg_color": "black",
          "custom_audio_file": null,
          "video_language": "en-US",
          "multi_scene_enabled": false,
          "scenes": null,
          "voice_name": "en-US-JennyNeural-Female",
          "voice_volume": 1.2,
          "voice_rate": 1.1,
          "voice_emotion": "",
          "tts_server": "azure-tts-v1",
          "bgm_type": "random",
          "bgm_file": "",
          "bgm_volume": 0.2,
          "subtitle_enabled": true,
          "subtitle_position": "custom",
          "custom_position": 65.0,
          "subtitle_margin": 0.1,
          "font_name": "MicrosoftYaHeiBold.ttc",
          "text_fore_color": "#FFFF00",
          "text_background_color": false,
          "font_size": 72,
          "stroke_color": "#000000",
          "stroke_width": 1.5,
          "n_threads": 2,
          "paragraph_number": 1,
          "title_enabled": false,
          "title_font_size": 72,
          "title_background_color": "transparent"
        }
        """;

    /// <summary>The short body of MPT's API examples: a Chinese subject, everything else default.</summary>
    public const string SubjectOnly = """
        {
          "video_subject": "春天的花海",
          "video_language": "",
          "voice_name": "zh-CN-XiaoxiaoNeural-Female",
          "paragraph_number": 1
        }
        """;

    /// <summary>MPT's <c>/subtitle</c> request, which types <c>subtitle_enabled</c> as the string "true".</summary>
    public const string SubtitleRequest = """
        {
          "video_script": "春天来了，花都开了。",
          "video_language": "zh-CN",
          "voice_name": "zh-CN-XiaoxiaoNeural-Female",
          "voice_volume": 1.0,
          "voice_rate": 1.2,
          "bgm_type": "",
          "subtitle_position": "top",
          "font_name": "STHeitiMedium.ttc",
          "text_background_color": true,
          "video_source": "local",
          "subtitle_enabled": "true"
        }
        """;
}
