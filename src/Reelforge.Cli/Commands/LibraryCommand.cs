using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Reelforge.Data;
using Reelforge.Data.Library;
using Reelforge.Jobs;
using Reelforge.Jobs.Library;

namespace Reelforge.Cli.Commands;

/// <summary>
/// <c>reelforge library import DIR</c> and <c>reelforge library search TERMS…</c>: the local media library, kept in the
/// same database (and data directory) as <c>serve</c>, so rendering with <c>--footage library</c> finds what was imported.
/// </summary>
internal static class LibraryCommand
{
    private const int DefaultLimit = 20;

    public static Command Create(CliServices services) =>
        new("library", "The local media library: import videos and images once, then find them by keyword.")
        {
            CreateImport(services),
            CreateSearch(services),
        };

    private static Command CreateImport(CliServices services)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "A directory of videos and images (searched recursively)." };
        var dataDir = ServeCommand.DataDirOption();
        var command = new Command("import", "Record each video and image under DIR: ffprobe metadata, tags (file and folder names, NAME.json/NAME.txt sidecars) and a perceptual hash for near-duplicates.")
        {
            directory, dataDir,
        };
        command.SetAction((parse, cancellationToken) => CliErrors.HandleAsync(async () =>
        {
            var database = await OpenAsync(services, parse.GetValue(dataDir), cancellationToken);
            var importer = new LibraryImporter(database, services.Runner);
            var report = await importer.ImportAsync(parse.GetRequiredValue(directory).FullName, cancellationToken);
            foreach (var failure in report.Failures)
            {
                await Console.Error.WriteLineAsync($"reelforge: left out {failure.Path}: {failure.Reason}");
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {report.Imported}, updated {report.Updated}, skipped {report.Skipped}, duplicates {report.Duplicates}, failed {report.Failures.Count} ({report.Elapsed.TotalSeconds:0.0} s)"));
            return 0;
        }));
        return command;
    }

    private static Command CreateSearch(CliServices services)
    {
        var terms = new Argument<string[]>("TERMS") { Description = "Keywords; items carrying more of them come first.", Arity = ArgumentArity.OneOrMore };
        var kind = new Option<LibraryItemKind?>("--kind") { Description = "Only videos or only images." };
        var limit = new Option<int>("--limit") { Description = "At most this many results.", DefaultValueFactory = _ => DefaultLimit };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var dataDir = ServeCommand.DataDirOption();
        var command = new Command("search", "Find imported videos and images by keyword (near-duplicates left out).") { terms, kind, limit, json, dataDir };
        command.SetAction((parse, cancellationToken) => CliErrors.HandleAsync(async () =>
        {
            if (parse.GetValue(limit) is var max && max <= 0)
            {
                throw new Pipeline.Generation.InvalidRequestException($"--limit must be positive, not {max}.");
            }

            var database = await OpenAsync(services, parse.GetValue(dataDir), cancellationToken);
            var hits = await new LibrarySearch(database).SearchAsync(parse.GetRequiredValue(terms), parse.GetValue(kind), max, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(hits.Select(h => new
                {
                    path = h.Item.Path,
                    kind = h.Item.Kind.ToString().ToLowerInvariant(),
                    width = h.Item.Width,
                    height = h.Item.Height,
                    duration = h.Item.DurationSeconds,
                    title = h.Item.Title,
                    matched = h.MatchedTerms,
                    tags = h.Item.Terms.Select(t => t.Term).Order(StringComparer.Ordinal),
                })));
                return 0;
            }

            foreach (var hit in hits)
            {
                var item = hit.Item;
                var duration = item.DurationSeconds is { } d ? d.ToString("0.0 s", CultureInfo.InvariantCulture) : "image";
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.MatchedTerms}  {item.Width}x{item.Height}  {duration}  {item.Path}"));
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hits.Count} found."));
            return 0;
        }));
        return command;
    }

    private static async Task<ReelforgeDatabase> OpenAsync(CliServices services, DirectoryInfo? dataDir, CancellationToken cancellationToken)
    {
        var database = new ReelforgeDatabase(JobsServiceCollectionExtensions.DatabaseFrom(ServeCommand.WithDataDirectory(services.Configuration, dataDir)));
        await database.MigrateAsync(cancellationToken);
        return database;
    }
}
