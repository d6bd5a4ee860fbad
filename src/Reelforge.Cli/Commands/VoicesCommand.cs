using System.Globalization;
using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Reelforge.Cli.Commands;

/// <summary><c>reelforge voices</c>: the installed voices, grouped by language.</summary>
internal static class VoicesCommand
{
    public static Command Create(CliServices services)
    {
        var language = new Option<string?>("--language") { Description = "Only voices that speak this language (en, zh, es, …)." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("voices", "List the installed voices by language.") { language, json };
        command.SetAction((parse, cancellationToken) => CliErrors.HandleAsync(async () =>
        {
            var voices = await services.Voices.ListVoicesAsync(cancellationToken);
            var wanted = parse.GetValue(language)?.ToLowerInvariant();
            var rows = voices
                .SelectMany(v => v.Languages.Select(l => (Language: l.ToLowerInvariant(), Voice: v)))
                .Where(r => wanted is null || r.Language == wanted || r.Language.StartsWith(wanted + "-", StringComparison.Ordinal))
                .OrderBy(r => r.Language, StringComparer.Ordinal)
                .ThenBy(r => r.Voice.Key, StringComparer.Ordinal)
                .ToList();
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(rows.Select(r => new { language = r.Language, voice = r.Voice.Key, name = r.Voice.DisplayName, gender = r.Voice.Gender })));
                return 0;
            }

            var table = new Table().AddColumns("Language", "Voice", "Name", "Gender");
            foreach (var (lang, voice) in rows)
            {
                table.AddRow(Markup.Escape(lang), Markup.Escape(voice.Key), Markup.Escape(voice.DisplayName), Markup.Escape(voice.Gender ?? ""));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{rows.Count} voices. Use one with --voice ENGINE:VOICE, e.g. --voice flite:slt.");
            return 0;
        }));
        return command;
    }
}
