using Reelforge.Core.Requests.Specification;

namespace Reelforge.Server.Studio.Settings;

/// <summary>
/// The Create page's choices, as a preset, a default or "make another like this" carries them; it becomes the same
/// <see cref="Api.Contracts.VideoParams"/> body the REST API takes, through <see cref="VideoFormMapping"/>. Defaults
/// are the request specification's.
/// </summary>
public sealed class VideoForm
{
    public bool FromTopic { get; set; }

    public string Topic { get; set; } = "";

    public string Script { get; set; } = "";

    public string Terms { get; set; } = "";

    /// <summary>"" (every configured source), "library", "uploads", "pexels" or "pixabay".</summary>
    public string FootageSource { get; set; } = "";

    public List<SceneForm> Scenes { get; set; } = [];

    /// <summary>ENGINE:VOICE, or empty for the best voice for the language.</summary>
    public string Voice { get; set; } = "";

    public bool NoVoice { get; set; }

    public string Captions { get; set; } = Text("captions");

    public string CaptionPosition { get; set; } = Text("caption_position");

    public double FontSize { get; set; } = Number("font_size");

    public string TextColor { get; set; } = Text("text_color");

    public string HighlightColor { get; set; } = Text("highlight_color");

    /// <summary>"" (none), "random" (library or built-in), or a music file's name.</summary>
    public string Music { get; set; } = Text("music");

    public double MusicVolume { get; set; } = Number("music_volume");

    public string Aspect { get; set; } = Text("aspect");

    public string Quality { get; set; } = Text("quality");

    public int ShortSide { get; set; } = (int)Number("short_side");

    public string Transition { get; set; } = Text("transition");

    public double ClipMin { get; set; } = Number("clip_min");

    public double ClipMax { get; set; } = Number("clip_max");

    /// <summary>The settings under "More settings" the user changed, by specification key (text as the control holds it).</summary>
    public Dictionary<string, string?> More { get; set; } = [];

    public VideoForm Copy()
    {
        var copy = (VideoForm)MemberwiseClone();
        copy.Scenes = Scenes.Select(s => new SceneForm { Text = s.Text, Terms = s.Terms, Media = s.Media, Stock = s.Stock }).ToList();
        copy.More = new Dictionary<string, string?>(More);
        return copy;
    }

    private static string Text(string key) => (string)VideoRequestSpecification.Get(key).Default!;

    private static double Number(string key) => Convert.ToDouble(VideoRequestSpecification.Get(key).Default, System.Globalization.CultureInfo.InvariantCulture);
}
