using System.Globalization;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reelforge.Media.Capabilities;
using Reelforge.Media.Encoders;
using Reelforge.Core.Speech;
using Reelforge.Pipeline.Captions;
using Reelforge.Pipeline.Render;
using Reelforge.Providers.Speech;
using Spectre.Console;

namespace Reelforge.Cli.Commands;

/// <summary><c>reelforge doctor</c>: what this machine has for making videos and what is missing, with the command to install it.</summary>
internal static class DoctorCommand
{
    private static readonly string[] RequiredFilters = ["xfade", "ass", "sidechaincompress", "alimiter", "gradients", "ebur128"];
    private static readonly string[] InterestingEncoders = ["libx264", "aac", "libx265", "h264_v4l2m2m"];
    private static readonly (string Family, string Package)[] Fonts =
    [
        ("Noto Sans", "fonts-noto-core"),
        ("Noto Sans CJK SC", "fonts-noto-cjk"),
        ("Noto Color Emoji", "fonts-noto-color-emoji"),
    ];

    public static Command Create(CliServices services)
    {
        var command = new Command("doctor", "Report ffmpeg, encoders, hardware acceleration, speech engines and fonts; say what is missing.");
        command.SetAction((_, cancellationToken) => CliErrors.HandleAsync(async () =>
        {
            var missing = new List<string>();
            var table = new Table().AddColumns("Check", "Found", "Status");

            MediaCapabilities? caps = null;
            try
            {
                caps = await services.Capabilities.GetAsync(cancellationToken);
                table.AddRow("ffmpeg", Markup.Escape(caps.FfmpegVersion), Ok());
                table.AddRow("ffprobe", Markup.Escape(caps.FfprobeVersion), Ok());
            }
            catch (Exception e) when (e is Media.ToolNotFoundException or Media.FfmpegException)
            {
                table.AddRow("ffmpeg", "not found", Bad());
                missing.Add("ffmpeg");
            }

            if (caps is not null)
            {
                foreach (var encoder in InterestingEncoders)
                {
                    var required = encoder is "libx264" or "aac";
                    var has = caps.HasEncoder(encoder);
                    table.AddRow($"encoder {encoder}", has ? "yes" : "no", has ? Ok() : required ? Bad() : "[grey]optional[/]");
                    if (required && !has)
                    {
                        missing.Add("ffmpeg");
                    }
                }

                await ReportEncodersAsync(table, services, cancellationToken);
                table.AddRow("hardware acceleration", Markup.Escape(caps.HardwareAccelerations.Count == 0 ? "none" : string.Join(", ", caps.HardwareAccelerations.Order())), "[grey]optional[/]");
                foreach (var filter in RequiredFilters)
                {
                    var has = caps.HasFilter(filter);
                    table.AddRow($"filter {filter}", has ? "yes" : "no", has ? Ok() : Bad());
                    if (!has)
                    {
                        missing.Add("ffmpeg");
                    }
                }
            }

            foreach (var engine in services.Voices.Engines)
            {
                if (engine.KeyHint is not null)
                {
                    await ReportCloudEngineAsync(table, engine, cancellationToken);
                    continue;
                }

                var available = engine.IsAvailable;
                var voices = available ? (await engine.ListVoicesAsync(cancellationToken)).Count : 0;
                table.AddRow($"speech {engine.Name}", available ? Markup.Escape($"{engine.Version}, {voices} voices") : "not found", available ? Ok() : Bad());
                if (!available)
                {
                    missing.Add(engine.Name == "espeak" ? "espeak-ng" : engine.Name);
                }
            }

            foreach (var (family, package) in Fonts)
            {
                var has = FontResolver.Exists(family);
                table.AddRow($"font {family}", has ? "yes" : "no", has ? Ok() : Bad());
                if (!has)
                {
                    missing.Add(package);
                }
            }

            AnsiConsole.Write(table);
            if (missing.Count == 0)
            {
                AnsiConsole.MarkupLine("[green]Everything Reelforge needs is here.[/]");
                return 0;
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]Missing:[/] install with: sudo apt-get install -y {string.Join(' ', missing.Distinct())}");
            return 1;
        }));
        return command;
    }

    /// <summary>
    /// Each hardware encoder's one-frame test, and the encoder the configured <c>Render:Encoder</c> selects here with
    /// the reason (a hardware encoder is optional: libx264 always stands in).
    /// </summary>
    private static async Task ReportEncodersAsync(Table table, CliServices services, CancellationToken cancellationToken)
    {
        var probe = services.Services.GetRequiredService<HardwareEncoderProbe>();
        foreach (var result in await probe.GetAsync(cancellationToken))
        {
            var status = result.Status switch
            {
                EncoderProbeStatus.Works => Ok(),
                EncoderProbeStatus.Fails => "[grey]unavailable[/]",
                _ => "[grey]optional[/]",
            };
            table.AddRow($"encoder {result.Encoder.Codec}", Markup.Escape(result.Describe()), status);
        }

        var choice = services.Services.GetRequiredService<IOptionsMonitor<RenderOptions>>().CurrentValue.Encoder;
        var selection = await probe.SelectAsync(choice, cancellationToken);
        table.AddRow(
            "encoder selected",
            Markup.Escape($"{selection.Encoder.Name}: {selection.Reason}"),
            selection.FellBack ? "[yellow]fallback[/]" : Ok());
    }

    /// <summary>A cloud engine is optional: without a key it is noted, with one its voice list is asked for (the key is never shown).</summary>
    private static async Task ReportCloudEngineAsync(Table table, ISpeechEngine engine, CancellationToken cancellationToken)
    {
        if (!engine.IsAvailable)
        {
            table.AddRow($"speech {engine.Name}", "no key configured", "[grey]optional[/]");
            return;
        }

        try
        {
            var voices = await engine.ListVoicesAsync(cancellationToken);
            table.AddRow($"speech {engine.Name}", Markup.Escape($"{engine.Version}, {voices.Count} voices"), Ok());
        }
        catch (Exception e) when (e is SpeechSynthesisException or HttpRequestException or TimeoutException)
        {
            table.AddRow($"speech {engine.Name}", Markup.Escape(e.Message), "[red]failed[/]");
        }
    }

    private static string Ok() => "[green]ok[/]";

    private static string Bad() => "[red]missing[/]";
}
