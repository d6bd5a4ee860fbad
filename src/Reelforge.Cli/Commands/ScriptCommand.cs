using System.CommandLine;
using System.Text.Json;
using Reelforge.Cli.Output;
using Reelforge.Core.Writing;
using Reelforge.Pipeline.Generation;
using Spectre.Console;

namespace Reelforge.Cli.Commands;

/// <summary>
/// <c>reelforge script --topic ...</c>: writes the script, its scenes and search terms and the social metadata, so a
/// user can edit them and then run <c>generate --scenes-file</c>.
/// </summary>
internal static class ScriptCommand
{
    public static Command Create(CliServices services)
    {
        var topic = new Option<string>("--topic") { Description = "What the video is about.", Required = true };
        var language = new Option<string?>("--language") { Description = "Script language (default: the topic's)." };
        var target = new Option<double?>("--target-seconds") { Description = "Narration length to aim for." };
        var paragraphs = new Option<int?>("--paragraphs") { Description = "Number of paragraphs (scenes)." };
        var tone = new Option<string?>("--tone") { Description = "Tone or style." };
        var audience = new Option<string?>("--audience") { Description = "Who the video is for." };
        var hook = new Option<string?>("--hook") { Description = "An opening line." };
        var instructions = new Option<string?>("--instructions") { Description = "Extra instructions." };
        var provider = new Option<string?>("--llm-provider") { Description = "LLM provider (see generate --help)." };
        var model = new Option<string?>("--llm-model") { Description = "LLM model." };
        var baseUrl = new Option<string?>("--llm-base-url") { Description = "LLM endpoint." };
        var noCache = new Option<bool>("--no-cache") { Description = "Do not reuse cached LLM answers." };
        var json = new Option<bool>("--json") { Description = "Print JSON (a scenes file for generate --scenes-file, plus metadata)." };
        var command = new Command("script", "Write a script with scenes, search terms and social metadata from a topic (needs an LLM).")
        {
            topic, language, target, paragraphs, tone, audience, hook, instructions, provider, model, baseUrl, noCache, json,
        };
        command.SetAction((parse, cancellationToken) => CliErrors.HandleAsync(async () =>
        {
            var llm = services.Producer.Llm(parse.GetValue(provider), parse.GetValue(model), parse.GetValue(baseUrl));
            if (!llm.IsConfigured)
            {
                throw new InvalidRequestException("Writing a script needs an LLM and none is configured; set Reelforge__Llm__Provider (and Reelforge__Llm__ApiKey) or pass --llm-provider.");
            }

            var writer = services.Producer.CreateScriptWriter(llm, AppPaths.DefaultCacheDirectory(), parse.GetValue(noCache));
            var brief = new ScriptBrief(parse.GetValue(topic)!, parse.GetValue(language), parse.GetValue(target), parse.GetValue(paragraphs),
                parse.GetValue(tone), parse.GetValue(audience), parse.GetValue(hook), parse.GetValue(instructions));
            var draft = await writer.WriteScriptAsync(brief, cancellationToken);
            var metadata = await writer.WriteMetadataAsync(draft.Script, draft.Language, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    language = draft.Language,
                    scenes = draft.Scenes.Select(s => new { text = s.Text, search_terms = s.Terms }),
                    social = metadata.Select(m => new { platform = m.Platform, title = m.Title, description = m.Description, hashtags = m.Hashtags }),
                    usage = draft.Usage.Select(u => new { provider = u.Provider, model = u.Model, purpose = u.Purpose, input_tokens = u.InputTokens, output_tokens = u.OutputTokens, cached = u.Cached }),
                }));
                return 0;
            }

            for (var i = 0; i < draft.Scenes.Count; i++)
            {
                AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[bold]Scene {i + 1}[/] [grey]{string.Join(", ", draft.Scenes[i].Terms)}[/]");
                AnsiConsole.WriteLine(draft.Scenes[i].Text);
                AnsiConsole.WriteLine();
            }

            SocialMetadataView.Write(metadata);
            return 0;
        }));
        return command;
    }
}
