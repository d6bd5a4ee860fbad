namespace Reelforge.Core.Requests.Specification;

/// <summary>Where footage comes from and how clips are cut, ordered, fitted and joined.</summary>
internal static class FootageSettings
{
    public static IReadOnlyList<RequestSetting> All { get; } =
    [
        new()
        {
            Key = "footage", Kind = SettingKind.List, Stage = StageName.Gather, Cli = "--footage", Rest = "video_source",
            Help = "Where footage comes from: stock providers (pexels, pixabay; used when their API key is configured), library (the imported media library), uploads (the server's uploaded materials); on the CLI also folders. Procedural backgrounds fill the rest.",
            DefaultMeaning = "every configured source",
            Read = r => r.Footage.StockSources,
            Write = (r, v) => r with { Footage = r.Footage with { StockSources = [.. ((IReadOnlyList<string>)v!).Where(s => s != FootageSourceNames.Uploads)] } },
        },
        new()
        {
            Key = "clip_min", Kind = SettingKind.Number, Stage = StageName.Compose, Cli = "--clip-min", Rest = "clip_min",
            Help = "Shortest a clip stays on screen, seconds (follows clip_max down when only that is given).", Minimum = 1, Maximum = 60, Default = 3.0,
            Read = r => r.Footage.ClipMinSeconds, Write = (r, v) => r with { Footage = r.Footage with { ClipMinSeconds = (double)v! } },
        },
        new()
        {
            Key = "clip_max", Kind = SettingKind.Number, Stage = StageName.Compose, Cli = "--clip-max", Rest = "clip_max", RestAliases = ["video_clip_duration"],
            Help = "Longest a clip stays on screen, seconds.", Minimum = 1, Maximum = 120, Default = 5.0,
            Read = r => r.Footage.ClipMaxSeconds, Write = (r, v) => r with { Footage = r.Footage with { ClipMaxSeconds = (double)v! } },
        },
        new()
        {
            Key = "order", Kind = SettingKind.Choice, Stage = StageName.Compose, Cli = "--order", Rest = "video_concat_mode",
            Help = "Clip order within a scene's footage.", Choices = ["random", "sequential"], Default = "random",
            Read = r => VideoRequestSpecification.Lower(r.Footage.Order),
            Write = (r, v) => r with { Footage = r.Footage with { Order = VideoRequestSpecification.Parse<ClipOrder>(v) } },
        },
        new()
        {
            Key = "fit", Kind = SettingKind.Choice, Stage = StageName.Compose, Cli = "--fit", Rest = "fit",
            Help = "How footage of another shape fills the frame.", Choices = ["crop", "blur", "letterbox"], Default = "crop",
            Read = r => VideoRequestSpecification.Lower(r.Footage.Fit),
            Write = (r, v) => r with { Footage = r.Footage with { Fit = VideoRequestSpecification.Parse<FootageFit>(v) } },
        },
        new()
        {
            Key = "transition", Kind = SettingKind.Choice, Stage = StageName.Compose, Cli = "--transition", Rest = "video_transition_mode",
            Help = "Transition between clips (MoneyPrinterTurbo's None, Shuffle, FadeIn, FadeOut, SlideIn, SlideOut and Mask are accepted on the REST API).",
            Choices = ["fade", "none", "slide", "wipe", "zoom", "random"], Default = "fade",
            Read = r => VideoRequestSpecification.Lower(r.Transition.Kind),
            Write = (r, v) => r with { Transition = r.Transition with { Kind = VideoRequestSpecification.Parse<TransitionKind>(v) } },
        },
        new()
        {
            Key = "transition_duration", Kind = SettingKind.Number, Stage = StageName.Compose, Cli = "--transition-duration", Rest = "transition_duration",
            Help = "Transition length, seconds.", Minimum = 0.1, Maximum = 3, Default = 0.5,
            Read = r => r.Transition.DurationSeconds, Write = (r, v) => r with { Transition = r.Transition with { DurationSeconds = (double)v! } },
        },
    ];
}
