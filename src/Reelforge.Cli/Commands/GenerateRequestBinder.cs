using System.CommandLine;
using Reelforge.Core.Requests;
using Reelforge.Core.Requests.Specification;
using Reelforge.Pipeline.Generation;

namespace Reelforge.Cli.Commands;

/// <summary>
/// The CLI face of the request: content from the script options, settings through <see cref="RequestBuilder"/> with
/// the CLI's spellings (folders among <c>--footage</c>, <c>--position custom:PERCENT</c>, music as a file path).
/// Every refused option is reported at once.
/// </summary>
internal static class GenerateRequestBinder
{
    public static VideoRequest Bind(ParseResult parse, GenerateOptions o, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new RequestInput(RequestFace.Cli) { Topic = parse.GetValue(o.Topic) };
        try
        {
            input.Scenes = ReadScenes(parse, o, context.LlmConfigured);
        }
        catch (InvalidRequestException e)
        {
            input.Errors.Add(new RequestFieldError("--script", e.Message));
        }

        foreach (var setting in VideoRequestSpecification.Settings)
        {
            input.Set(setting.Key, o.ValueOf(parse, setting.Key));
        }

        if (parse.GetValue((Option<string?>)o.Settings["caption_position"]) is { } position
            && position.StartsWith("custom:", StringComparison.OrdinalIgnoreCase))
        {
            input.Set("caption_position", "custom", "--position").Set("custom_position", position["custom:".Length..], "--position");
        }

        Footage(parse, o, input, context);
        try
        {
            return RequestBuilder.Build(input, context, new CliRequestResources());
        }
        catch (RequestValidationException e)
        {
            // Content errors are whole sentences already; the rest read "--option rule".
            throw new InvalidRequestException(string.Join(" ", e.Errors.Select(error => error.Field == "--script" ? error.Rule : error.Message)), e);
        }
    }

    /// <summary>Sources among <c>--footage</c> are settings; anything else is a folder of the user's footage.</summary>
    private static void Footage(ParseResult parse, GenerateOptions o, RequestInput input, RequestContext context)
    {
        var tokens = (parse.GetValue((Option<string?>)o.Settings["footage"]) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sources = tokens.Where(t => context.FootageSources.Contains(t.ToLowerInvariant()) || string.Equals(t, "local", StringComparison.OrdinalIgnoreCase)).ToList();
        var directories = tokens.Except(sources).ToList();
        foreach (var directory in directories.Where(d => !Directory.Exists(d)))
        {
            input.Errors.Add(new RequestFieldError("--footage", $"must be {SettingRules.Alternatives([.. context.FootageSources])} or a folder that exists, not '{directory}'."));
        }

        input.FootageDirectories = [.. directories.Select(Path.GetFullPath)];
        var named = sources.Where(s => !string.Equals(s, "local", StringComparison.OrdinalIgnoreCase)).ToList();
        input.Set("footage", named.Count > 0 ? named : tokens.Length > 0 ? Array.Empty<string>() : null);
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
}
