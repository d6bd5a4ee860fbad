namespace Reelforge.Core.Requests.Specification;

/// <summary>Frame shape, rate, size and encoding quality.</summary>
internal static class FormatSettings
{
    public static IReadOnlyList<RequestSetting> All { get; } =
    [
        new()
        {
            Key = "aspect", Kind = SettingKind.Choice, Stage = StageName.Render, Cli = "--aspect", Rest = "video_aspect",
            Help = "Frame shape.", Choices = [.. AspectRatio.All.Select(a => a.ToString())], Default = "9:16",
            Read = r => r.Format.Aspect.ToString(),
            Write = (r, v) => r with { Format = r.Format with { Aspect = AspectRatio.All.First(a => a.ToString() == (string)v!) } },
        },
        new()
        {
            Key = "fps", Kind = SettingKind.WholeNumber, Stage = StageName.Render, Cli = "--fps", Rest = "fps",
            Help = "Frames per second.", Minimum = 10, Maximum = 60, Default = 30,
            Read = r => r.Format.Fps, Write = (r, v) => r with { Format = r.Format with { Fps = (int)v! } },
        },
        new()
        {
            Key = "quality", Kind = SettingKind.Choice, Stage = StageName.Render, Cli = "--quality", Rest = "quality",
            Help = "Encoding quality: draft (x264 superfast crf 26), standard (veryfast crf 21) or high (medium crf 18).",
            Choices = ["draft", "standard", "high"], Default = "standard",
            Read = r => VideoRequestSpecification.Lower(r.Format.Quality),
            Write = (r, v) => r with { Format = r.Format with { Quality = VideoRequestSpecification.Parse<RenderQuality>(v) } },
        },
        new()
        {
            Key = "short_side", Kind = SettingKind.WholeNumber, Stage = StageName.Render, Cli = "--short-side", Rest = "short_side",
            Help = "Pixels on the short side of the frame.", Minimum = 144, Maximum = 2160, Even = true, Default = 1080,
            Read = r => r.Format.ShortSide, Write = (r, v) => r with { Format = r.Format with { ShortSide = (int)v! } },
        },
        new()
        {
            Key = "tail", Kind = SettingKind.Number, Stage = StageName.Compose, Cli = "--tail", Rest = "tail",
            Help = "Seconds of picture and music after the narration.", Minimum = 0, Maximum = 30, Default = 1.5,
            Read = r => r.Format.TailSeconds, Write = (r, v) => r with { Format = r.Format with { TailSeconds = (double)v! } },
        },
        new()
        {
            Key = "seed", Kind = SettingKind.WholeNumber, Stage = StageName.Compose, Cli = "--seed", Rest = "seed",
            Help = "Seed for footage order, transitions, palettes and music; same seed, same video.", Minimum = 0, Maximum = int.MaxValue,
            DefaultMeaning = "from the script",
            Read = r => r.Seed, Write = (r, v) => r with { Seed = (int)v! },
        },
    ];
}
