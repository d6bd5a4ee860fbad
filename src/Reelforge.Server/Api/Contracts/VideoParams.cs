using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// The body of <c>POST /api/v1/videos</c> (and <c>/audio</c>, <c>/subtitle</c>): every field of MoneyPrinterTurbo's
/// <c>VideoParams</c> with its spellings, then Reelforge's own fields (all optional, all additive).
/// Fields neither knows are ignored. <see cref="VideoParamsMapper"/> validates and turns it into a request.
/// </summary>
public sealed record VideoParams
{
    // ---- MoneyPrinterTurbo ----

    [JsonPropertyName("video_subject")]
    public string? VideoSubject { get; init; } = "";

    /// <summary>The narration; blank lines separate scenes. Empty = written from <see cref="VideoSubject"/>.</summary>
    [JsonPropertyName("video_script")]
    public string? VideoScript { get; init; } = "";

    /// <summary>Footage search terms for the whole video: a list, or one comma-separated string.</summary>
    [JsonPropertyName("video_terms")]
    [JsonConverter(typeof(SearchTermsConverter))]
    public IReadOnlyList<string>? VideoTerms { get; init; }

    /// <summary>"9:16", "16:9", "1:1" (MPT) or "4:5" (ours).</summary>
    [JsonPropertyName("video_aspect")]
    public string? VideoAspect { get; init; }

    /// <summary>"random" or "sequential".</summary>
    [JsonPropertyName("video_concat_mode")]
    public string? VideoConcatMode { get; init; }

    /// <summary>null/"None", "Shuffle", "FadeIn", "FadeOut", "SlideIn", "SlideOut", "Mask"; or ours: fade, slide, wipe, zoom, random.</summary>
    [JsonPropertyName("video_transition_mode")]
    [JsonConverter(typeof(NullMeansNoneConverter))]
    public string? VideoTransitionMode { get; init; }

    /// <summary>The longest a clip stays on screen, seconds.</summary>
    [JsonPropertyName("video_clip_duration")]
    public double? VideoClipDuration { get; init; }

    /// <summary>How many videos to make from the request, 1..5.</summary>
    [JsonPropertyName("video_count")]
    public int? VideoCount { get; init; } = 1;

    /// <summary>"pexels", "pixabay" or "local" (the server's uploaded materials).</summary>
    [JsonPropertyName("video_source")]
    public string? VideoSource { get; init; }

    [JsonPropertyName("video_materials")]
    public IReadOnlyList<MaterialInfo>? VideoMaterials { get; init; }

    /// <summary>The script's language ("en", "zh-CN", …); empty = detected.</summary>
    [JsonPropertyName("video_language")]
    public string? VideoLanguage { get; init; }

    /// <summary>An Edge voice ("en-US-JennyNeural-Female": its language picks an offline voice) or ours, ENGINE:VOICE.</summary>
    [JsonPropertyName("voice_name")]
    public string? VoiceName { get; init; } = "";

    [JsonPropertyName("voice_volume")]
    public double? VoiceVolume { get; init; }

    [JsonPropertyName("voice_rate")]
    public double? VoiceRate { get; init; }

    /// <summary>"" or "none" (no music), "random" (a file from the music library, else the built-in bed), "custom" (<see cref="BgmFile"/>).</summary>
    [JsonPropertyName("bgm_type")]
    public string? BgmType { get; init; } = "random";

    /// <summary>A music file's name in the server's music library, never a path.</summary>
    [JsonPropertyName("bgm_file")]
    public string? BgmFile { get; init; } = "";

    [JsonPropertyName("bgm_volume")]
    public double? BgmVolume { get; init; }

    [JsonPropertyName("subtitle_enabled")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? SubtitleEnabled { get; init; } = true;

    /// <summary>"top", "bottom", "center" or "custom" (with <see cref="CustomPosition"/>).</summary>
    [JsonPropertyName("subtitle_position")]
    public string? SubtitlePosition { get; init; }

    /// <summary>With "custom": the caption's vertical position, percent of the frame height from the top.</summary>
    [JsonPropertyName("custom_position")]
    public double? CustomPosition { get; init; }

    /// <summary>An MPT font file ("STHeitiMedium.ttc", …) or a font family installed here ("Noto Sans").</summary>
    [JsonPropertyName("font_name")]
    public string? FontName { get; init; }

    [JsonPropertyName("text_fore_color")]
    public string? TextForeColor { get; init; }

    [JsonPropertyName("text_background_color")]
    public SubtitleBackground? TextBackgroundColor { get; init; }

    [JsonPropertyName("font_size")]
    public double? FontSize { get; init; }

    [JsonPropertyName("stroke_color")]
    public string? StrokeColor { get; init; }

    [JsonPropertyName("stroke_width")]
    public double? StrokeWidth { get; init; }

    /// <summary>Accepted for compatibility and checked; the renderer picks its own thread count.</summary>
    [JsonPropertyName("n_threads")]
    public int? NThreads { get; init; } = 2;

    /// <summary>Paragraphs (scenes) to write from <see cref="VideoSubject"/>.</summary>
    [JsonPropertyName("paragraph_number")]
    public int? ParagraphNumber { get; init; }

    // ---- Reelforge ----

    /// <summary>The scenes, each with its own text, terms and media; wins over <see cref="VideoScript"/>.</summary>
    [JsonPropertyName("scenes")]
    public IReadOnlyList<SceneParams>? Scenes { get; init; }

    /// <summary>Called with the task when it finishes (http or https).</summary>
    [JsonPropertyName("callback_url")]
    public string? CallbackUrl { get; init; }

    /// <summary>"sentence", "words" or "off".</summary>
    [JsonPropertyName("captions")]
    public string? Captions { get; init; }

    [JsonPropertyName("highlight_color")]
    public string? HighlightColor { get; init; }

    [JsonPropertyName("max_lines")]
    public int? MaxLines { get; init; }

    /// <summary>"draft", "standard" or "high".</summary>
    [JsonPropertyName("quality")]
    public string? Quality { get; init; }

    [JsonPropertyName("fps")]
    public int? Fps { get; init; }

    [JsonPropertyName("short_side")]
    public int? ShortSide { get; init; }

    /// <summary>"crop", "blur" or "letterbox".</summary>
    [JsonPropertyName("fit")]
    public string? Fit { get; init; }

    [JsonPropertyName("clip_min")]
    public double? ClipMin { get; init; }

    /// <summary>Wins over <see cref="VideoClipDuration"/>.</summary>
    [JsonPropertyName("clip_max")]
    public double? ClipMax { get; init; }

    [JsonPropertyName("transition_duration")]
    public double? TransitionDuration { get; init; }

    [JsonPropertyName("seed")]
    public int? Seed { get; init; }

    /// <summary>ENGINE:VOICE of ours (for example "espeak:en-us"); wins over <see cref="VoiceName"/>.</summary>
    [JsonPropertyName("voice")]
    public string? Voice { get; init; }

    [JsonPropertyName("no_voice")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? NoVoice { get; init; }

    /// <summary>Narration length to aim for when writing from the subject; wins over <see cref="ParagraphNumber"/>.</summary>
    [JsonPropertyName("target_seconds")]
    public double? TargetSeconds { get; init; }

    [JsonPropertyName("tone")]
    public string? Tone { get; init; }

    [JsonPropertyName("audience")]
    public string? Audience { get; init; }

    [JsonPropertyName("hook")]
    public string? Hook { get; init; }

    [JsonPropertyName("instructions")]
    public string? Instructions { get; init; }

    /// <summary>Seconds of picture and music after the narration.</summary>
    [JsonPropertyName("tail")]
    public double? Tail { get; init; }
}
