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
        return new VideoParams
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
            VideoSource = form.FootageSource,
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
    }

    /// <summary>A form carrying what a submitted body asked for (the studio's own fields; others keep their defaults).</summary>
    public static VideoForm FromParams(VideoParams body)
    {
        ArgumentNullException.ThrowIfNull(body);
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
            FootageSource = body.VideoSource ?? "local",
            Voice = body.Voice ?? "",
            NoVoice = body.NoVoice ?? false,
            Captions = body.Captions ?? (body.SubtitleEnabled == false ? "off" : "sentence"),
            CaptionPosition = body.SubtitlePosition ?? "bottom",
            FontSize = body.FontSize ?? 64,
            TextColor = body.TextForeColor ?? "#FFFFFF",
            HighlightColor = body.HighlightColor ?? "#FFD400",
            Music = body.BgmType switch { "custom" => body.BgmFile ?? "", "" or "none" or null => "", _ => "random" },
            MusicVolume = body.BgmVolume ?? 0.2,
            Aspect = body.VideoAspect ?? "9:16",
            Quality = body.Quality ?? "standard",
            ShortSide = body.ShortSide ?? 1080,
            Transition = body.VideoTransitionMode ?? "fade",
            ClipMin = body.ClipMin ?? 3,
            ClipMax = body.ClipMax ?? body.VideoClipDuration ?? 6,
        };
        return form;
    }

    public static IReadOnlyList<string> SplitTerms(string? terms) =>
        (terms ?? "").Split([',', '，', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Seconds as the page shows them.</summary>
    public static string Seconds(double? seconds) => seconds is null ? "" : seconds.Value.ToString("0.0", CultureInfo.CurrentCulture) + " s";
}
