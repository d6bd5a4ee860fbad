using System.Globalization;
using Reelforge.Core.Requests;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// Turns the API's <see cref="VideoParams"/> into Core's <see cref="VideoRequest"/>, the way the CLI's binder does for
/// options: MPT's spellings mapped onto ours, every value checked, a bad one rejected with an
/// <see cref="ApiValidationException"/> naming the field (never clamped). Files are named, never given as paths, and
/// resolved through <see cref="IServerMedia"/>.
/// </summary>
public sealed class VideoParamsMapper(IServerMedia media, VideoParamsMapperOptions? options = null)
{
    public const int MaxVideoCount = 5;

    private const int MaxScriptLength = 50_000;

    private const int MaxScenes = 200;

    private const int MaxStockPicks = 10;

    private readonly VideoParamsMapperOptions _options = options ?? new VideoParamsMapperOptions();

    /// <summary>The request for the first (or only) video.</summary>
    public VideoRequest Map(VideoParams body)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentFieldChecks(body);
        var scenes = Scenes(body);
        var topic = ApiFieldRules.Text(body.VideoSubject, "video_subject", 500);
        if (scenes.Count == 0)
        {
            if (topic is null)
            {
                throw new ApiValidationException("video_subject", "Nothing to narrate: give video_subject, video_script or scenes.");
            }

            if (!_options.LlmConfigured)
            {
                throw new ApiValidationException("video_script", "video_script is empty and no LLM is configured on this server to write one from video_subject; send video_script or scenes.");
            }
        }

        var seed = body.Seed ?? Core.ContentHash.SeedOf(scenes.Count > 0 ? string.Join("\n", scenes.Select(s => s.Text)) : topic ?? string.Empty);
        var footage = Footage(body, ref scenes);
        return new VideoRequest
        {
            Scenes = scenes,
            Topic = topic,
            Writing = Writing(body),
            Format = Format(body),
            Voice = Voice(body),
            Captions = CaptionStyleMapping.Map(body),
            Footage = footage,
            Transition = new TransitionOptions
            {
                Kind = TransitionSpelling.Parse(body.VideoTransitionMode, "video_transition_mode"),
                DurationSeconds = ApiFieldRules.Range(body.TransitionDuration, new TransitionOptions().DurationSeconds, "transition_duration", 0.1, 3),
            },
            Music = Music(body, seed),
            Seed = seed,
        };
    }

    /// <summary>
    /// One request per video of <c>video_count</c>: the same script and settings, a different seed each (so order,
    /// transitions and random music differ, as MPT's several videos do).
    /// </summary>
    public IReadOnlyList<VideoRequest> MapVariants(VideoParams body)
    {
        var first = Map(body);
        var count = ApiFieldRules.Range(body.VideoCount, 1, "video_count", 1, MaxVideoCount);
        var variants = new List<VideoRequest> { first };
        for (var i = 1; i < count; i++)
        {
            var seed = unchecked(first.Seed + i) & 0x7FFFFFFF;
            variants.Add(first with { Seed = seed, Music = Music(body, seed) });
        }

        return variants;
    }

    private void ArgumentFieldChecks(VideoParams body)
    {
        ApiFieldRules.Range(body.VideoCount, 1, "video_count", 1, MaxVideoCount);
        ApiFieldRules.Range(body.NThreads, 2, "n_threads", 1, 64);
        if (body.CallbackUrl is { Length: > 0 } callback
            && (!Uri.TryCreate(callback, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw new ApiValidationException("callback_url", $"callback_url must be an absolute http or https URL, not '{callback}'.");
        }

        if (body.Voice is { Length: > 0 } voice && OurVoice(voice) is null)
        {
            throw new ApiValidationException("voice", $"voice must be ENGINE:VOICE with engine {string.Join(" or ", _options.VoiceEngines.Order(StringComparer.Ordinal))} (for example espeak:en-us), not '{voice}'.");
        }
    }

    private List<SceneSpec> Scenes(VideoParams body)
    {
        var terms = body.VideoTerms?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        if (terms is { Count: > 50 })
        {
            throw new ApiValidationException("video_terms", $"video_terms may hold at most 50 terms, not {terms.Count}.");
        }

        if (body.Scenes is { Count: > 0 } given)
        {
            if (given.Count > MaxScenes)
            {
                throw new ApiValidationException("scenes", $"scenes may hold at most {MaxScenes} scenes, not {given.Count}.");
            }

            return [.. given.Select((scene, i) => Scene(scene, i, terms))];
        }

        var script = body.VideoScript ?? string.Empty;
        if (script.Length > MaxScriptLength)
        {
            throw new ApiValidationException("video_script", $"video_script must be at most {MaxScriptLength} characters, not {script.Length}.");
        }

        return [.. ScriptParser.ParseScript(script).Select(s => terms is { Count: > 0 } ? s with { SearchTerms = terms } : s)];
    }

    private SceneSpec Scene(SceneParams? scene, int index, List<string>? videoTerms)
    {
        var field = $"scenes[{index}]";
        var text = string.IsNullOrWhiteSpace(scene?.Text) ? scene?.Script : scene.Text;
        if (scene is null || string.IsNullOrWhiteSpace(text))
        {
            throw new ApiValidationException($"{field}.text", $"{field}.text is empty: every scene needs narration text.");
        }

        var sceneTerms = (scene.SearchTerms ?? scene.Keywords)?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        var mediaPaths = (scene.Media ?? []).Select((name, m) => Material(name, $"{field}.media[{m}]")).ToList();
        if (scene.Stock is { Count: > MaxStockPicks })
        {
            throw new ApiValidationException($"{field}.stock", $"{field}.stock may hold at most {MaxStockPicks} items, not {scene.Stock.Count}.");
        }

        var stock = (scene.Stock ?? []).Select((pick, p) => StockPickMapping.Map(pick, $"{field}.stock[{p}]")).ToList();
        return new SceneSpec(
            ApiFieldRules.Text(text, $"{field}.text", MaxScriptLength)!,
            sceneTerms is { Count: > 0 } ? sceneTerms : videoTerms is { Count: > 0 } ? videoTerms : null,
            mediaPaths.Count > 0 ? mediaPaths : null)
        {
            Stock = stock.Count > 0 ? stock : null,
        };
    }

    private static WritingOptions Writing(VideoParams body)
    {
        var paragraphs = ApiFieldRules.Range(body.ParagraphNumber, 1, "paragraph_number", 1, 30);
        var target = body.TargetSeconds is null ? (double?)null : ApiFieldRules.Range(body.TargetSeconds, 0, "target_seconds", 5, 600);
        return new WritingOptions
        {
            TargetSeconds = target,
            Paragraphs = target is null ? paragraphs : null,
            Tone = ApiFieldRules.Text(body.Tone, "tone", 200),
            Audience = ApiFieldRules.Text(body.Audience, "audience", 200),
        };
    }

    private static VideoFormat Format(VideoParams body)
    {
        var aspectText = string.IsNullOrWhiteSpace(body.VideoAspect) ? "9:16" : body.VideoAspect;
        if (!AspectRatio.TryParse(aspectText, out var aspect))
        {
            throw new ApiValidationException("video_aspect", $"video_aspect must be 9:16, 16:9, 1:1 or 4:5, not '{body.VideoAspect}'.");
        }

        var defaults = new VideoFormat();
        var shortSide = ApiFieldRules.Range(body.ShortSide, defaults.ShortSide, "short_side", 144, 2160);
        if (shortSide % 2 != 0)
        {
            throw new ApiValidationException("short_side", string.Create(CultureInfo.InvariantCulture, $"short_side must be an even number of pixels, not {shortSide}."));
        }

        return new VideoFormat
        {
            Aspect = aspect,
            Fps = ApiFieldRules.Range(body.Fps, defaults.Fps, "fps", 10, 60),
            Quality = ApiFieldRules.Choice(body.Quality, defaults.Quality, "quality", "draft, standard or high"),
            ShortSide = shortSide,
        };
    }

    private VoiceOptions Voice(VideoParams body)
    {
        var language = LanguageTag.Check(body.VideoLanguage, "video_language");
        VoiceSelection? voice = null;
        if (body.Voice is { Length: > 0 } ours)
        {
            voice = OurVoice(ours);
        }
        else if (body.VoiceName is { Length: > 0 } name && OurVoice(name) is { } fromName)
        {
            voice = fromName;
        }
        else
        {
            // An Edge voice (or another MPT engine's voice) cannot be used here; its language picks an offline voice.
            language ??= EdgeVoiceName.LanguageOf(body.VoiceName);
        }

        return new VoiceOptions
        {
            Voice = voice,
            Language = language,
            Rate = ApiFieldRules.Range(body.VoiceRate, 1.0, "voice_rate", 0.5, 2.0),
            Volume = ApiFieldRules.Range(body.VoiceVolume, 1.0, "voice_volume", 0.1, 5.0),
            NoVoice = body.NoVoice ?? false,
        };
    }

    private VoiceSelection? OurVoice(string text) =>
        VoiceSelection.TryParse(text, out var voice) && voice is not null && _options.VoiceEngines.Contains(voice.Engine) ? voice : null;

    private FootageOptions Footage(VideoParams body, ref List<SceneSpec> scenes)
    {
        var defaults = new FootageOptions();
        var clipMax = body.ClipMax is not null
            ? ApiFieldRules.Range(body.ClipMax, 0, "clip_max", 1, 120)
            : ApiFieldRules.Range(body.VideoClipDuration, 5, "video_clip_duration", 1, 120);
        var maxField = body.ClipMax is not null ? "clip_max" : "video_clip_duration";

        // MPT has one clip length; our shorter default minimum follows it down so "video_clip_duration: 2" just works.
        var clipMin = body.ClipMin is not null
            ? ApiFieldRules.Range(body.ClipMin, 0, "clip_min", 1, 60)
            : Math.Min(defaults.ClipMinSeconds, clipMax);
        if (clipMax < clipMin)
        {
            throw new ApiValidationException(maxField, string.Create(CultureInfo.InvariantCulture, $"{maxField} ({clipMax}) must not be less than clip_min ({clipMin})."));
        }

        var source = string.IsNullOrWhiteSpace(body.VideoSource) ? "pexels" : body.VideoSource.Trim().ToLowerInvariant();
        IReadOnlyList<string> stock = [];
        IReadOnlyList<string> directories = [];
        if (source == "local")
        {
            var materials = (body.VideoMaterials ?? [])
                .Select((m, i) => Material(m?.Url, $"video_materials[{i}].url"))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (materials.Count > 0 && scenes.Count > 0)
            {
                // Every scene may use every chosen material; the composer avoids repeats, so they cycle through the video.
                scenes = [.. scenes.Select(s => s with { Media = [.. s.MediaPaths, .. materials.Where(m => !s.MediaPaths.Contains(m))] })];
            }
            else
            {
                directories = [media.MaterialsDirectory];
            }
        }
        else if (_options.StockSources.Contains(source))
        {
            stock = [source];
        }
        else
        {
            throw new ApiValidationException("video_source", $"video_source must be {string.Join(", ", _options.StockSources.Order(StringComparer.Ordinal))} or local, not '{body.VideoSource}'.");
        }

        return new FootageOptions
        {
            StockSources = stock,
            Directories = directories,
            ClipMinSeconds = clipMin,
            ClipMaxSeconds = clipMax,
            Order = ApiFieldRules.Choice(body.VideoConcatMode, ClipOrder.Random, "video_concat_mode", "random or sequential"),
            Fit = ApiFieldRules.Choice(body.Fit, defaults.Fit, "fit", "crop, blur or letterbox"),
        };
    }

    private string Material(string? name, string field)
    {
        if (!MediaName.IsPlainFileName(name))
        {
            throw new ApiValidationException(field, $"{field} must be the file name of an uploaded material (no folders or paths), not '{name}'.");
        }

        return media.ResolveMaterial(name!) ?? throw new ApiValidationException(field, $"{field}: there is no uploaded material named '{name}'.");
    }

    private MusicOptions Music(VideoParams body, int seed)
    {
        var volume = ApiFieldRules.Range(body.BgmVolume, 0.2, "bgm_volume", 0, 5);
        var type = body.BgmType?.Trim().ToLowerInvariant() ?? string.Empty;
        if (type is "" or "none")
        {
            return new MusicOptions { None = true, Volume = volume };
        }

        if (type is not ("random" or "custom"))
        {
            throw new ApiValidationException("bgm_type", $"bgm_type must be empty (no music), random or custom, not '{body.BgmType}'.");
        }

        if (!string.IsNullOrWhiteSpace(body.BgmFile))
        {
            if (!MediaName.IsPlainFileName(body.BgmFile))
            {
                throw new ApiValidationException("bgm_file", $"bgm_file must be the file name of a track in the music library (no folders or paths), not '{body.BgmFile}'.");
            }

            var file = media.ResolveMusic(body.BgmFile) ?? throw new ApiValidationException("bgm_file", $"bgm_file: there is no track named '{body.BgmFile}' in the music library.");
            return new MusicOptions { File = file, Volume = volume };
        }

        if (type == "custom")
        {
            throw new ApiValidationException("bgm_file", "bgm_file is required when bgm_type is custom.");
        }

        return new MusicOptions { File = media.PickMusic(seed), Volume = volume };
    }
}
