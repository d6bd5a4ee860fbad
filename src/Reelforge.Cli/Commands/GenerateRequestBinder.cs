using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Reelforge.Core.Requests;
using Reelforge.Pipeline.Generation;

namespace Reelforge.Cli.Commands;

/// <summary>Turns parsed options into a <see cref="VideoRequest"/>, rejecting bad input with one clear sentence.</summary>
internal static partial class GenerateRequestBinder
{
    public static VideoRequest Bind(ParseResult parse, GenerateOptions o, bool llmConfigured)
    {
        var scenes = ReadScenes(parse, o, llmConfigured);

        if (!AspectRatio.TryParse(parse.GetValue(o.Aspect), out var aspect))
        {
            throw new InvalidRequestException($"Unknown aspect '{parse.GetValue(o.Aspect)}'; use 9:16, 16:9, 1:1 or 4:5.");
        }

        var fps = parse.GetValue(o.Fps);
        if (fps is < 10 or > 60)
        {
            throw new InvalidRequestException($"--fps must be between 10 and 60, not {fps}.");
        }

        var shortSide = parse.GetValue(o.ShortSide);
        if (shortSide is < 144 or > 2160 || shortSide % 2 != 0)
        {
            throw new InvalidRequestException($"--short-side must be an even number of pixels between 144 and 2160, not {shortSide}.");
        }

        VoiceSelection? voice = null;
        var voiceText = parse.GetValue(o.Voice);
        if (voiceText is not null && !VoiceSelection.TryParse(voiceText, out voice))
        {
            throw new InvalidRequestException($"Voice '{voiceText}' is not ENGINE:VOICE (for example flite:slt or espeak:en-us); 'reelforge voices' lists them.");
        }

        if (!CaptionPosition.TryParse(parse.GetValue(o.Position), out var position))
        {
            throw new InvalidRequestException($"Unknown caption position '{parse.GetValue(o.Position)}'; use top, center, bottom or custom:PERCENT.");
        }

        var defaults = new CaptionStyle();
        var captions = new CaptionStyle
        {
            Mode = ParseEnum<CaptionMode>(parse.GetValue(o.Captions), "--captions", "sentence, words or off"),
            FontFamily = parse.GetValue(o.Font) ?? defaults.FontFamily,
            FontSize = Positive(parse.GetValue(o.FontSize) ?? defaults.FontSize, "--font-size", 8, 400),
            TextColor = Color(parse.GetValue(o.TextColor) ?? defaults.TextColor, "--text-color"),
            HighlightColor = Color(parse.GetValue(o.HighlightColor) ?? defaults.HighlightColor, "--highlight-color"),
            StrokeColor = Color(parse.GetValue(o.StrokeColor) ?? defaults.StrokeColor, "--stroke-color"),
            BackgroundColor = parse.GetValue(o.BackgroundColor) is { } background ? Color(background, "--background-color") : null,
            StrokeWidth = Positive(parse.GetValue(o.StrokeWidth) ?? defaults.StrokeWidth, "--stroke-width", 0, 40),
            Position = position,
            MaxLines = (int)Positive(parse.GetValue(o.MaxLines) ?? defaults.MaxLines, "--max-lines", 1, 6),
        };

        var clipMin = Positive(parse.GetValue(o.ClipMin), "--clip-min", 1, 60);
        var clipMax = Positive(parse.GetValue(o.ClipMax), "--clip-max", 1, 120);
        if (clipMax < clipMin)
        {
            throw new InvalidRequestException($"--clip-max ({clipMax}) must not be less than --clip-min ({clipMin}).");
        }

        var footageTokens = (parse.GetValue(o.Footage) ?? [])
            .SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var stock = footageTokens.Where(t => Providers.Footage.StockFootageFactory.SourceNames.Contains(t.ToLowerInvariant()) || Jobs.Library.LibraryFootageSource.IsLibrary(t)).Select(t => t.ToLowerInvariant()).Distinct().ToList();
        var directories = footageTokens.Where(t => !stock.Contains(t.ToLowerInvariant()) && !string.Equals(t, "local", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var directory in directories)
        {
            if (!Directory.Exists(directory))
            {
                throw new InvalidRequestException($"Footage directory '{directory}' does not exist.");
            }
        }

        var musicText = parse.GetValue(o.Music);
        var noMusic = string.Equals(musicText, "none", StringComparison.OrdinalIgnoreCase);
        if (musicText is not null && !noMusic && !File.Exists(musicText))
        {
            throw new InvalidRequestException($"Music file '{musicText}' does not exist.");
        }

        return new VideoRequest
        {
            Scenes = scenes,
            Topic = parse.GetValue(o.Topic),
            Writing = new WritingOptions
            {
                TargetSeconds = parse.GetValue(o.TargetSeconds) is { } target ? Positive(target, "--target-seconds", 5, 600) : null,
                Paragraphs = parse.GetValue(o.Paragraphs) is { } paragraphs ? (int)Positive(paragraphs, "--paragraphs", 1, 30) : null,
                Tone = parse.GetValue(o.Tone),
                Audience = parse.GetValue(o.Audience),
                Hook = parse.GetValue(o.Hook),
                Instructions = parse.GetValue(o.Instructions),
            },
            Format = new VideoFormat
            {
                Aspect = aspect,
                Fps = fps,
                Quality = ParseEnum<RenderQuality>(parse.GetValue(o.Quality), "--quality", "draft, standard or high"),
                ShortSide = shortSide,
                TailSeconds = Positive(parse.GetValue(o.Tail), "--tail", 0, 30),
            },
            Voice = new VoiceOptions
            {
                Voice = voice,
                Rate = Positive(parse.GetValue(o.Rate), "--rate", 0.5, 2.0),
                Volume = Positive(parse.GetValue(o.Volume), "--volume", 0.1, 4.0),
                Language = parse.GetValue(o.Language),
                NoVoice = parse.GetValue(o.NoVoice),
            },
            Captions = captions,
            Footage = new FootageOptions
            {
                Directories = directories.Select(Path.GetFullPath).ToList(),
                StockSources = stock,
                ClipMinSeconds = clipMin,
                ClipMaxSeconds = clipMax,
                Order = ParseEnum<ClipOrder>(parse.GetValue(o.Order), "--order", "sequential or random"),
                Fit = ParseEnum<FootageFit>(parse.GetValue(o.Fit), "--fit", "crop, blur or letterbox"),
            },
            Transition = new TransitionOptions
            {
                Kind = ParseEnum<TransitionKind>(parse.GetValue(o.Transition), "--transition", "none, fade, slide, wipe, zoom or random"),
                DurationSeconds = Positive(parse.GetValue(o.TransitionDuration), "--transition-duration", 0.1, 3),
            },
            Music = new MusicOptions
            {
                File = noMusic || musicText is null ? null : Path.GetFullPath(musicText),
                None = noMusic,
                Volume = Positive(parse.GetValue(o.MusicVolume), "--music-volume", 0, 1),
            },
            Seed = parse.GetValue(o.Seed) ?? Core.ContentHash.SeedOf(scenes.Count > 0 ? string.Join("\n", scenes.Select(s => s.Text)) : parse.GetValue(o.Topic) ?? string.Empty),
        };
    }

    private static List<SceneSpec> ReadScenes(ParseResult parse, GenerateOptions o, bool llmConfigured)
    {
        var script = parse.GetValue(o.Script);
        var scriptFile = parse.GetValue(o.ScriptFile);
        var scenesFile = parse.GetValue(o.ScenesFile);
        var topic = parse.GetValue(o.Topic);
        var given = new object?[] { script, scriptFile, scenesFile }.Count(x => x is not null);
        if (given > 1)
        {
            throw new InvalidRequestException("Give only one of --script, --script-file and --scenes-file.");
        }

        if (given == 0)
        {
            if (topic is not null && llmConfigured)
            {
                return [];
            }

            if (topic is not null)
            {
                throw new InvalidRequestException(
                    "--topic needs an LLM to write the script and none is configured; set Reelforge__Llm__Provider (see README), or pass your own text with --script or --script-file.");
            }

            throw new InvalidRequestException("Nothing to narrate: give --script, --script-file or --scenes-file.");
        }

        List<SceneSpec> scenes;
        if (scenesFile is not null)
        {
            var json = ReadFile(scenesFile, "scenes file");
            try
            {
                scenes = [.. ScriptParser.ParseScenesJson(json)];
            }
            catch (FormatException e)
            {
                throw new InvalidRequestException(e.Message, e);
            }

            var baseDirectory = scenesFile.DirectoryName ?? ".";
            scenes = scenes.Select(s => s with { Media = s.MediaPaths.Select(m => ResolveMedia(m, baseDirectory)).ToList() }).ToList();
        }
        else
        {
            scenes = [.. ScriptParser.ParseScript(script ?? ReadFile(scriptFile!, "script file"))];
        }

        if (scenes.Count == 0)
        {
            throw new InvalidRequestException("The script is empty: there is nothing to narrate.");
        }

        return scenes;
    }

    private static string ResolveMedia(string path, string baseDirectory)
    {
        var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory, path));
        return File.Exists(full) ? full : throw new InvalidRequestException($"Scene media '{path}' does not exist.");
    }

    private static string ReadFile(FileInfo file, string what)
    {
        if (!file.Exists)
        {
            throw new InvalidRequestException($"The {what} '{file.FullName}' does not exist.");
        }

        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidRequestException($"The {what} '{file.FullName}' cannot be read: {e.Message}", e);
        }
    }

    private static T ParseEnum<T>(string? text, string option, string choices)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new InvalidRequestException($"{option} must be {choices}, not '{text}'.");

    private static double Positive(double value, string option, double min, double max) =>
        value >= min && value <= max
            ? value
            : throw new InvalidRequestException(string.Create(CultureInfo.InvariantCulture, $"{option} must be between {min} and {max}, not {value}."));

    private static string Color(string text, string option) =>
        HexColor().IsMatch(text)
            ? "#" + text.TrimStart('#').ToUpperInvariant()
            : throw new InvalidRequestException($"{option} must be a colour like #FFD400 or #00000080, not '{text}'.");

    [GeneratedRegex("^#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$")]
    private static partial Regex HexColor();
}
