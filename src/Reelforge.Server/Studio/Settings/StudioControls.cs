using Reelforge.Core.Requests.Specification;

namespace Reelforge.Server.Studio.Settings;

/// <summary>
/// Which settings the Create page lays out itself (with the specification's ranges and choices); every other setting
/// of the specification appears under "More settings" as a <c>SettingControl</c>, so no setting is missing from the studio.
/// </summary>
public static class StudioControls
{
    /// <summary>Settings with a control of their own on the Create page, and the <see cref="VideoForm"/> property it binds.</summary>
    public static IReadOnlyDictionary<string, string> Placed { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["aspect"] = nameof(VideoForm.Aspect),
        ["quality"] = nameof(VideoForm.Quality),
        ["short_side"] = nameof(VideoForm.ShortSide),
        ["transition"] = nameof(VideoForm.Transition),
        ["footage"] = nameof(VideoForm.FootageSource),
        ["clip_min"] = nameof(VideoForm.ClipMin),
        ["clip_max"] = nameof(VideoForm.ClipMax),
        ["voice"] = nameof(VideoForm.Voice),
        ["no_voice"] = nameof(VideoForm.NoVoice),
        ["music"] = nameof(VideoForm.Music),
        ["music_volume"] = nameof(VideoForm.MusicVolume),
        ["captions"] = nameof(VideoForm.Captions),
        ["caption_position"] = nameof(VideoForm.CaptionPosition),
        ["font_size"] = nameof(VideoForm.FontSize),
        ["text_color"] = nameof(VideoForm.TextColor),
        ["highlight_color"] = nameof(VideoForm.HighlightColor),
    };

    /// <summary>The settings under "More settings", in the specification's order.</summary>
    public static IReadOnlyList<RequestSetting> More { get; } = [.. VideoRequestSpecification.Settings.Where(s => !Placed.ContainsKey(s.Key))];

    public static RequestSetting Spec(string key) => VideoRequestSpecification.Get(key);
}
