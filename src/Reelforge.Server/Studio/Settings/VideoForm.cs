namespace Reelforge.Server.Studio.Settings;

/// <summary>
/// The Create page's choices, as a preset, a default or "make another like this" carries them; it becomes the same
/// <see cref="Api.Contracts.VideoParams"/> body the REST API takes, through <see cref="VideoFormMapping"/>.
/// </summary>
public sealed class VideoForm
{
    public bool FromTopic { get; set; }

    public string Topic { get; set; } = "";

    public string Script { get; set; } = "";

    public string Terms { get; set; } = "";

    /// <summary>"local" (the footage library, then procedural backgrounds), "pexels" or "pixabay".</summary>
    public string FootageSource { get; set; } = "local";

    public List<SceneForm> Scenes { get; set; } = [];

    /// <summary>ENGINE:VOICE, or empty for the best voice for the language.</summary>
    public string Voice { get; set; } = "";

    public bool NoVoice { get; set; }

    public string Captions { get; set; } = "sentence";

    public string CaptionPosition { get; set; } = "bottom";

    public int FontSize { get; set; } = 64;

    public string TextColor { get; set; } = "#FFFFFF";

    public string HighlightColor { get; set; } = "#FFD400";

    /// <summary>"" (none), "random" (library or built-in), or a music file's name.</summary>
    public string Music { get; set; } = "random";

    public double MusicVolume { get; set; } = 0.2;

    public string Aspect { get; set; } = "9:16";

    public string Quality { get; set; } = "standard";

    public int ShortSide { get; set; } = 1080;

    public string Transition { get; set; } = "fade";

    public double ClipMin { get; set; } = 3;

    public double ClipMax { get; set; } = 6;

    public VideoForm Copy()
    {
        var copy = (VideoForm)MemberwiseClone();
        copy.Scenes = Scenes.Select(s => new SceneForm { Text = s.Text, Terms = s.Terms, Media = s.Media, Stock = s.Stock }).ToList();
        return copy;
    }
}
