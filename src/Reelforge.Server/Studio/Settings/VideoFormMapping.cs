using System.Globalization;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Studio.Settings;

/// <summary>
/// The Create page's form as the REST API's body, so a video made in the studio goes through exactly the mapping,
/// checks and queue an API client's does; and back, for "make another like this" and retries.
/// </summary>
public static class VideoFormMapping
{
    public static VideoParams ToParams(VideoForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var scenes = form.Scenes.Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList();
        var body = new VideoParams
        {
            VideoSubject = form.FromTopic ? form.Topic.Trim() : "",
            VideoScript = scenes.Count > 0 ? "" : form.Script.Trim(),
            VideoTerms = SplitTerms(form.Terms) is { Count: > 0 } terms ? terms : null,
            Scenes = scenes.Count > 0
                ? scenes.Select(s => new SceneParams
                {
                    Text = s.Text.Trim(),
                    SearchTerms = SplitTerms(s.Terms) is { Count: > 0 } t ? t : null,
                    Media = string.IsNullOrWhiteSpace(s.Media) ? null : [s.Media],
                    Stock = s.Stock is { } pick ? [pick] : null,
                }).ToList()
                : null,
            VideoAspect = form.Aspect,
            VideoSource = string.IsNullOrWhiteSpace(form.FootageSource) ? null : form.FootageSource,
            VideoTransitionMode = form.Transition,
            ClipMin = form.ClipMin,
            ClipMax = form.ClipMax,
            Voice = form.NoVoice || string.IsNullOrWhiteSpace(form.Voice) ? null : form.Voice,
            NoVoice = form.NoVoice,
            Captions = form.Captions,
            SubtitleEnabled = form.Captions != "off",
            SubtitlePosition = form.CaptionPosition,
            FontName = "Noto Sans",
            FontSize = form.FontSize,
            TextForeColor = form.TextColor,
            HighlightColor = form.HighlightColor,
            BgmType = form.Music switch { "" => "", "random" => "random", _ => "custom" },
            BgmFile = form.Music is "" or "random" ? "" : form.Music,
            BgmVolume = form.MusicVolume,
            Quality = form.Quality,
            ShortSide = form.ShortSide,
        };
        return StudioControls.More
            .Where(setting => form.More.TryGetValue(setting.Key, out var value) && !string.IsNullOrWhiteSpace(value))
            .Aggregate(body, (current, setting) => VideoParamsSettings.With(current, setting.Key, form.More[setting.Key]));
    }

    /// <summary>A form carrying what a submitted body asked for (the studio's own fields; others keep their defaults).</summary>
    public static VideoForm FromParams(VideoParams body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var defaults = new VideoForm();
        var form = new VideoForm
        {
            FromTopic = string.IsNullOrWhiteSpace(body.VideoScript) && body.Scenes is not { Count: > 0 } && !string.IsNullOrWhiteSpace(body.VideoSubject),
            Topic = body.VideoSubject ?? "",
            Script = body.VideoScript ?? "",
            Terms = string.Join(", ", body.VideoTerms ?? []),
            Scenes = (body.Scenes ?? []).Select(s => new SceneForm
            {
                Text = s.Text ?? "",
                Terms = string.Join(", ", s.SearchTerms ?? []),
                Media = s.Media is { Count: > 0 } media ? media[0] : "",
                Stock = s.Stock is { Count: > 0 } stock ? stock[0] : null,
            }).ToList(),
            FootageSource = body.VideoSource ?? defaults.FootageSource,
            Voice = body.Voice ?? "",
            NoVoice = body.NoVoice ?? false,
            Captions = body.Captions ?? (body.SubtitleEnabled == false ? "off" : defaults.Captions),
            CaptionPosition = body.SubtitlePosition ?? defaults.CaptionPosition,
            FontSize = body.FontSize ?? defaults.FontSize,
            TextColor = body.TextForeColor ?? defaults.TextColor,
            HighlightColor = body.HighlightColor ?? defaults.HighlightColor,
            Music = body.BgmType switch { "custom" => body.BgmFile ?? "", "" or "none" or null => "", _ => "random" },
            MusicVolume = body.BgmVolume ?? defaults.MusicVolume,
            Aspect = body.VideoAspect ?? defaults.Aspect,
            Quality = body.Quality ?? defaults.Quality,
            ShortSide = body.ShortSide ?? defaults.ShortSide,
            Transition = body.VideoTransitionMode ?? defaults.Transition,
            ClipMin = body.ClipMin ?? defaults.ClipMin,
            ClipMax = body.ClipMax ?? body.VideoClipDuration ?? defaults.ClipMax,
            More = StudioControls.More
                .Where(s => s.Key is not ("music" or "footage" or "background_color"))
                .Select(s => (s.Key, Value: VideoParamsSettings.Read(body, s.Key)))
                .Where(e => e.Value is not null)
                .ToDictionary(e => e.Key, e => e.Value),
        };
        return form;
    }

    public static IReadOnlyList<string> SplitTerms(string? terms) =>
        (terms ?? "").Split([',', '，', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Seconds as the page shows them.</summary>
    public static string Seconds(double? seconds) => seconds is null ? "" : seconds.Value.ToString("0.0", CultureInfo.CurrentCulture) + " s";
}
