using System.Globalization;
using System.CommandLine;
using System.Text.Json;
using Reelforge.Cli.Output;
using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Core.Requests.Specification;
using Reelforge.Jobs.Library;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reelforge.Jobs.Production;
using Reelforge.Media;
using Reelforge.Pipeline.Captions;
using Reelforge.Pipeline.Generation;
using Reelforge.Pipeline.Render;
using Reelforge.Providers.Footage;
using Reelforge.Providers.Speech;
using Spectre.Console;

namespace Reelforge.Cli.Commands;

/// <summary><c>reelforge generate</c>: content and options in, a finished MP4 with sidecars out.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliServices services)
    {
        var options = new GenerateOptions();
        var command = new Command("generate", "Make a narrated short video from a script or scenes.");
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CliErrors.HandleAsync(() => RunAsync(parse, options, services, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, GenerateOptions options, CliServices services, CancellationToken cancellationToken)
    {
        var llm = services.Producer.Llm(parse.GetValue(options.LlmProvider), parse.GetValue(options.LlmModel), parse.GetValue(options.LlmBaseUrl));
        var request = GenerateRequestBinder.Bind(parse, options, RequestContextOf(services, llm.IsConfigured));
        VideoProducer.CheckRequest(request);
        if (parse.GetValue(options.DryRun))
        {
            ResolvedSettingsView.Write(request, parse.GetValue(options.Json));
            return 0;
        }

        var output = parse.GetValue(options.Out)!;
        CheckOutputWritable(output);
        var cache = parse.GetValue(options.CacheDir)?.FullName ?? AppPaths.DefaultCacheDirectory();
        var work = AppPaths.NewWorkDirectory(cache);
        var generation = new GenerationOptions(output.FullName, work, cache) { Render = RenderOptionsOf(parse, options, services) };
        var json = parse.GetValue(options.Json);
        var result = await ProgressView.RunAsync(progress =>
            services.Producer.ProduceAsync(request, generation, progress, cancellationToken, llm, parse.GetValue(options.NoCache)));
        var log = KeepOnlyLog(work);

        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                video = result.VideoPath,
                srt = result.SrtPath,
                ass = result.AssPath,
                manifest = result.ManifestPath,
                duration_seconds = result.DurationSeconds,
                voice = result.Voice,
                language = result.Language,
                ffmpeg_log = log,
                stage_seconds = result.StageSeconds.ToDictionary(s => s.Key.ToString().ToLowerInvariant(), s => s.Value),
                social = result.Metadata.Select(m => new { platform = m.Platform, title = m.Title, description = m.Description, hashtags = m.Hashtags }),
            }));
        }
        else
        {
            var total = result.StageSeconds.Values.Sum();
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]Done:[/] {result.VideoPath} ({result.DurationSeconds:0.0} s of video in {total:0.0} s)");
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Captions: {result.SrtPath}, {result.AssPath}; manifest: {result.ManifestPath}");
            SocialMetadataView.Write(result.Metadata);
        }

        return 0;
    }

    /// <summary>The configured <c>Render</c> section (validated), with <c>--encoder</c> taking precedence over <c>Render:Encoder</c>.</summary>
    private static RenderOptions RenderOptionsOf(ParseResult parse, GenerateOptions options, CliServices services)
    {
        var render = services.Services.GetRequiredService<IOptionsFactory<RenderOptions>>().Create(Options.DefaultName);
        if (parse.GetValue(options.Encoder) is { } encoder)
        {
            render.Encoder = encoder;
        }

        return render;
    }

    /// <summary>What this machine offers a request: its voices' engines, the footage sources, and which of them are configured.</summary>
    internal static RequestContext RequestContextOf(CliServices services, bool llmConfigured) => new()
    {
        LlmConfigured = llmConfigured,
        VoiceEngines = services.Voices.Engines.Select(e => e.Name).ToHashSet(StringComparer.OrdinalIgnoreCase),
        FootageSources = [.. StockFootageFactory.SourceNames, LibraryFootageSource.SourceName],
        DefaultFootage = [.. services.Services.GetRequiredService<StockProviders>().Keyed(), LibraryFootageSource.SourceName],
    };

    /// <summary>After success only the per-job ffmpeg log (exact command line and output) is worth keeping.</summary>
    private static string KeepOnlyLog(string work)
    {
        var log = Path.Combine(work, "ffmpeg.log");
        if (Environment.GetEnvironmentVariable("REELFORGE_KEEP_WORK") != "1")
        {
            foreach (var file in Directory.EnumerateFiles(work).Where(f => f != log))
            {
                File.Delete(file);
            }
        }

        return log;
    }

    /// <summary>Fails early, before any work, when the output cannot be written.</summary>
    private static void CheckOutputWritable(FileInfo output)
    {
        if (!string.Equals(output.Extension, ".mp4", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidRequestException($"--out must name an .mp4 file, not '{output.Name}'.");
        }

        var directory = output.Directory;
        if (directory is null || !directory.Exists)
        {
            throw new InvalidRequestException($"The output directory '{directory?.FullName}' does not exist.");
        }

        var probe = Path.Combine(directory.FullName, $".reelforge-write-test-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidRequestException($"The output directory '{directory.FullName}' is not writable.", e);
        }

        if (output.Exists && output.IsReadOnly)
        {
            throw new InvalidRequestException($"The output file '{output.FullName}' is read-only.");
        }
    }
}
