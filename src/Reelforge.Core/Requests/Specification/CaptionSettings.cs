namespace Reelforge.Core.Requests.Specification;

/// <summary>How captions look and where they sit.</summary>
internal static partial class CaptionSettings
{
    private const double DefaultCustomPosition = 70;

    public static IReadOnlyList<RequestSetting> All { get; } =
    [
        new()
        {
            Key = "captions", Kind = SettingKind.Choice, Stage = StageName.Caption, Cli = "--captions", Rest = "captions",
            Help = "Captions: a sentence at a time, the spoken word highlighted, or none.", Choices = ["sentence", "words", "off"], Default = "sentence",
            Read = r => VideoRequestSpecification.Lower(r.Captions.Mode),
            Write = (r, v) => r with { Captions = r.Captions with { Mode = VideoRequestSpecification.Parse<CaptionMode>(v) } },
        },
        new()
        {
            Key = "font", Kind = SettingKind.Text, Stage = StageName.Caption, Cli = "--font", Rest = "font_name",
            Help = "Caption font family (an installed fontconfig name; MoneyPrinterTurbo's font files map to Noto).", Default = "Noto Sans", MaxLength = 80, TextRule = FontRule,
            Read = r => r.Captions.FontFamily, Write = (r, v) => r with { Captions = r.Captions with { FontFamily = (string)v! } },
        },
        new()
        {
            Key = "font_size", Kind = SettingKind.Number, Stage = StageName.Caption, Cli = "--font-size", Rest = "font_size",
            Help = "Caption size in pixels at 1080 wide (scaled with the frame).", Minimum = 8, Maximum = 400, Default = 60.0,
            Read = r => r.Captions.FontSize, Write = (r, v) => r with { Captions = r.Captions with { FontSize = (double)v! } },
        },
        Color("text_color", "--text-color", "text_fore_color", "Caption colour.", "#FFFFFF", r => r.Captions.TextColor, (c, v) => c with { TextColor = v! }),
        Color("highlight_color", "--highlight-color", "highlight_color", "Spoken-word colour in words mode.", "#FFD400", r => r.Captions.HighlightColor, (c, v) => c with { HighlightColor = v! }),
        Color("stroke_color", "--stroke-color", "stroke_color", "Caption outline colour.", "#000000", r => r.Captions.StrokeColor, (c, v) => c with { StrokeColor = v! }),
        new()
        {
            Key = "stroke_width", Kind = SettingKind.Number, Stage = StageName.Caption, Cli = "--stroke-width", Rest = "stroke_width",
            Help = "Caption outline width in pixels at 1080 wide.", Minimum = 0, Maximum = 40, Default = 4.0,
            Read = r => r.Captions.StrokeWidth, Write = (r, v) => r with { Captions = r.Captions with { StrokeWidth = (double)v! } },
        },
        Color("background_color", "--background-color", "text_background_color", "Caption box colour (#RRGGBBAA for translucent), or none.", null, r => r.Captions.BackgroundColor, (c, v) => c with { BackgroundColor = string.IsNullOrEmpty(v) ? null : v }),
        new()
        {
            Key = "caption_position", Kind = SettingKind.Choice, Stage = StageName.Caption, Cli = "--position", Rest = "subtitle_position",
            Help = "Where captions sit; custom uses custom_position.", Choices = ["bottom", "top", "center", "custom"], Default = "bottom",
            Read = r => VideoRequestSpecification.Lower(r.Captions.Position.Anchor),
            Write = (r, v) => r with
            {
                Captions = r.Captions with
                {
                    Position = (string)v! == "custom"
                        ? new CaptionPosition(CaptionAnchor.Custom, r.Captions.Position.Anchor == CaptionAnchor.Custom ? r.Captions.Position.Percent : DefaultCustomPosition)
                        : CaptionPosition.TryParse((string)v!, out var position) ? position : CaptionPosition.Bottom,
                },
            },
        },
        new()
        {
            Key = "custom_position", Kind = SettingKind.Number, Stage = StageName.Caption, Cli = "--custom-position", Rest = "custom_position",
            Help = "With caption position custom: the caption's vertical position, percent of the frame height from the top.",
            Minimum = 0, Maximum = 100, Default = DefaultCustomPosition,
            Read = r => r.Captions.Position.Anchor == CaptionAnchor.Custom ? r.Captions.Position.Percent : DefaultCustomPosition,
            Write = (r, v) => r.Captions.Position.Anchor == CaptionAnchor.Custom
                ? r with { Captions = r.Captions with { Position = new CaptionPosition(CaptionAnchor.Custom, (double)v!) } }
                : r,
        },
        new()
        {
            Key = "max_lines", Kind = SettingKind.WholeNumber, Stage = StageName.Caption, Cli = "--max-lines", Rest = "max_lines",
            Help = "Most caption lines on screen at once.", Minimum = 1, Maximum = 6, Default = 2,
            Read = r => r.Captions.MaxLines, Write = (r, v) => r with { Captions = r.Captions with { MaxLines = (int)v! } },
        },
    ];

    private static string? FontRule(string text, RequestContext context) =>
        FamilyName().IsMatch(text) ? null : $"must be a font family name (letters, digits, spaces, - and _), not '{text}'.";

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} _\-]*$")]
    private static partial System.Text.RegularExpressions.Regex FamilyName();

    private static RequestSetting Color(
        string key, string cli, string rest, string help, string? fallback, Func<VideoRequest, string?> read, Func<CaptionStyle, string?, CaptionStyle> write) => new()
        {
            Key = key, Kind = SettingKind.Color, Stage = StageName.Caption, Cli = cli, Rest = rest,
            Help = help + " #RRGGBB or #RRGGBBAA.", Default = fallback, DefaultMeaning = fallback is null ? "none" : null,
            Read = read, Write = (r, v) => r with { Captions = write(r.Captions, (string?)v) },
        };
}
