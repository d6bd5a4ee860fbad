using Reelforge.Core.Requests;
using Reelforge.Core.Requests.Specification;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// Turns the API's <see cref="VideoParams"/> into Core's <see cref="VideoRequest"/>: MPT's spellings (bgm_type,
/// subtitle_enabled, video_source "local", MPT transition and font names, Edge voice names) become the specification's
/// values, every setting is checked once by <see cref="RequestBuilder"/>, and every bad field is reported at once in an
/// <see cref="ApiValidationException"/> under the name the client sent (never clamped). Files are named, never given
/// as paths, and resolved through <see cref="IServerMedia"/>.
/// </summary>
public sealed class VideoParamsMapper(IServerMedia media, VideoParamsMapperOptions? options = null)
{
    public const int MaxVideoCount = 5;

    private const int MaxScriptLength = 50_000;

    private const int MaxScenes = 200;

    private const int MaxStockPicks = 10;

    /// <summary>Settings whose REST spelling needs MoneyPrinterTurbo's translation, not a plain copy.</summary>
    private static readonly HashSet<string> Translated = new(StringComparer.Ordinal)
    {
        "voice", "captions", "font", "text_color", "stroke_color", "highlight_color", "background_color", "footage", "transition", "music", "clip_max",
    };

    private readonly VideoParamsMapperOptions _options = options ?? new VideoParamsMapperOptions();

    public RequestContext Context => new()
    {
        LlmConfigured = _options.LlmConfigured,
        VoiceEngines = _options.VoiceEngines,
        FootageSources = [.. _options.StockSources.Order(StringComparer.Ordinal), FootageSourceNames.Uploads],
        DefaultFootage = _options.DefaultFootage,
    };

    /// <summary>The request for one video (each of <c>video_count</c> videos differs only by seed).</summary>
    public VideoRequest Map(VideoParams body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var input = new RequestInput(RequestFace.Rest);
        Collect(input, () => ArgumentFieldChecks(body));
        Collect(input, () => Content(body, input));
        foreach (var setting in VideoRequestSpecification.Settings.Where(s => !Translated.Contains(s.Key)))
        {
            input.Set(setting.Key, VideoParamsSettings.Value(body, setting.Key));
        }

        Collect(input, () => Spellings(body, input));
        try
        {
            var request = RequestBuilder.Build(input, Context, new ServerRequestResources(media));
            return request.Writing.TargetSeconds is null ? request : request with { Writing = request.Writing with { Paragraphs = null } };
        }
        catch (RequestValidationException e)
        {
            throw new ApiValidationException(e.Errors);
        }
    }

    private static void Collect(RequestInput input, Action read)
    {
        try
        {
            read();
        }
        catch (ApiValidationException e)
        {
            input.Errors.AddRange(e.Errors);
        }
    }

    private static void ArgumentFieldChecks(VideoParams body)
    {
        if (body.VideoCount is < 1 or > MaxVideoCount)
        {
            throw new ApiValidationException("video_count", $"video_count must be between 1 and {MaxVideoCount}, not {body.VideoCount}.");
        }

        if (body.NThreads is < 1 or > 64)
        {
            throw new ApiValidationException("n_threads", $"n_threads must be between 1 and 64, not {body.NThreads}.");
        }

        if (body.CallbackUrl is { Length: > 0 } callback
            && (!Uri.TryCreate(callback, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw new ApiValidationException("callback_url", $"callback_url must be an absolute http or https URL, not '{callback}'.");
        }
    }

    private void Content(VideoParams body, RequestInput input)
    {
        var scenes = Scenes(body);
        var topic = body.VideoSubject?.Trim() is { Length: > 0 } subject ? subject : null;
        if (topic is { Length: > 500 })
        {
            throw new ApiValidationException("video_subject", $"video_subject must be at most 500 characters, not {topic.Length}.");
        }

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

        input.Topic = topic;
        input.Scenes = scenes;
    }

    /// <summary>MoneyPrinterTurbo's spellings of settings as the specification's values.</summary>
    private void Spellings(VideoParams body, RequestInput input)
    {
        // A voice of ours wins; an Edge voice (or another MPT engine's) cannot be used here, so its language picks one.
        if (body.Voice is { Length: > 0 } ours)
        {
            input.Set("voice", ours);
        }
        else if (body.VoiceName is { Length: > 0 } name && VoiceSelection.TryParse(name, out var fromName) && fromName is not null && _options.VoiceEngines.Contains(fromName.Engine))
        {
            input.Set("voice", name, "voice_name");
        }
        else if (body.VideoLanguage is not { Length: > 0 } && EdgeVoiceName.LanguageOf(body.VoiceName) is { } edgeLanguage)
        {
            input.Set("language", edgeLanguage, "voice_name");
        }

        input.Set("captions", body.SubtitleEnabled == false ? "off" : body.Captions, body.SubtitleEnabled == false ? "subtitle_enabled" : "captions");
        if (body.FontName is { Length: > 0 })
        {
            input.Set("font", CaptionFontFamily.Resolve(body.FontName, "font_name"));
        }

        input.Set("text_color", ApiColor.Named(body.TextForeColor));
        input.Set("stroke_color", ApiColor.Named(body.StrokeColor));
        input.Set("highlight_color", ApiColor.Named(body.HighlightColor));
        input.Set("background_color", body.TextBackgroundColor switch
        {
            null => null,
            { Enabled: false } => "none",
            { Color: null } => "#000000A0",
            { Color: var color } => ApiColor.IsTransparent(color) ? "none" : ApiColor.Named(color),
        });
        input.Set("clip_max", body.ClipMax ?? body.VideoClipDuration, body.ClipMax is null && body.VideoClipDuration is not null ? "video_clip_duration" : "clip_max");
        input.Set("transition", TransitionSpelling.Canonical(body.VideoTransitionMode));
        Footage(body, input);
        Music(body, input);
    }

    private void Footage(VideoParams body, RequestInput input)
    {
        var source = body.VideoSource?.Trim().ToLowerInvariant();
        if (source != "local")
        {
            input.Set("footage", source);
            return;
        }

        var materials = (body.VideoMaterials ?? [])
            .Select((m, i) => Material(m?.Url, $"video_materials[{i}].url"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (materials.Count > 0 && input.Scenes.Count > 0)
        {
            // Every scene may use every chosen material; the composer avoids repeats, so they cycle through the video.
            input.Scenes = [.. input.Scenes.Select(s => s with { Media = [.. s.MediaPaths, .. materials.Where(m => !s.MediaPaths.Contains(m))] })];
            input.Set("footage", Array.Empty<string>());
        }
        else
        {
            input.Set("footage", FootageSourceNames.Uploads);
        }
    }

    private static void Music(VideoParams body, RequestInput input)
    {
        var type = body.BgmType?.Trim().ToLowerInvariant() ?? string.Empty;
        if (type is "" or "none")
        {
            input.Set("music", "none", "bgm_type");
        }
        else if (type is not ("random" or "custom"))
        {
            throw new ApiValidationException("bgm_type", $"bgm_type must be empty (no music), random or custom, not '{body.BgmType}'.");
        }
        else if (!string.IsNullOrWhiteSpace(body.BgmFile))
        {
            input.Set("music", body.BgmFile);
        }
        else if (type == "custom")
        {
            throw new ApiValidationException("bgm_file", "bgm_file is required when bgm_type is custom.");
        }
        else
        {
            input.Set("music", "random", "bgm_type");
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

        if (text.Trim().Length > MaxScriptLength)
        {
            throw new ApiValidationException($"{field}.text", $"{field}.text must be at most {MaxScriptLength} characters, not {text.Trim().Length}.");
        }

        var sceneTerms = (scene.SearchTerms ?? scene.Keywords)?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        var mediaPaths = (scene.Media ?? []).Select((name, m) => Material(name, $"{field}.media[{m}]")).ToList();
        if (scene.Stock is { Count: > MaxStockPicks })
        {
            throw new ApiValidationException($"{field}.stock", $"{field}.stock may hold at most {MaxStockPicks} items, not {scene.Stock.Count}.");
        }

        var stock = (scene.Stock ?? []).Select((pick, p) => StockPickMapping.Map(pick, $"{field}.stock[{p}]")).ToList();
        return new SceneSpec(
            text.Trim(),
            sceneTerms is { Count: > 0 } ? sceneTerms : videoTerms is { Count: > 0 } ? videoTerms : null,
            mediaPaths.Count > 0 ? mediaPaths : null)
        {
            Stock = stock.Count > 0 ? stock : null,
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
}
