using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core;
using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Media;
using Reelforge.Media.Encoders;
using Reelforge.Pipeline.Generation;
using Reelforge.Pipeline.Render.Segments;

namespace Reelforge.Pipeline.Render;

/// <summary>
/// The Render stage: the timeline to <see cref="OutputIn"/> in the work directory, so a resumed run finds the file its
/// checkpoint speaks of. A video under half a minute is one ffmpeg pass; a longer one is cut into parts
/// (<see cref="SegmentPlanner"/>, at least as many as run at once) rendered by the segment runner, its sound mixed once for the whole, and joined
/// by stream copy, so memory and time per minute stay flat however long it is. When a hardware encoder fails, the
/// render is done again with libx264 and still succeeds.
/// </summary>
internal sealed partial class RenderStage(
    FfmpegRunner runner,
    RenderQuality quality,
    RenderOptions options,
    EncoderSelection selection,
    ISegmentRunner segments,
    ILogger? logger = null) : IVideoStage<VideoTimeline, RenderOutcome>
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    private readonly VideoEncoder encoder = selection.Encoder;

    public StageName Name => StageName.Render;

    /// <summary>The rendered video in a work directory, before it is verified and moved into place.</summary>
    public static string OutputIn(string workDirectory) => Path.Combine(workDirectory, "render.partial.mp4");

    public async Task<RenderOutcome> RunAsync(VideoTimeline input, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var graphOption = (await runner.Capabilities.GetAsync(cancellationToken)).FilterGraphFileOption;
        try
        {
            return await RenderAsync(input, context, encoder, graphOption, cancellationToken) with { Selection = selection.Reason };
        }
        catch (Exception e) when (encoder.IsHardware && e is FfmpegException or ProcessStartException)
        {
            var reason = $"{encoder.Name} failed during the render ({FirstLine(e)}); rendered again with libx264";
            LogFallback(_logger, encoder.Name, e);
            if (context.FfmpegLog is { } log)
            {
                await log.WriteLineAsync("# " + reason);
            }

            context.Progress?.Report(new StageProgress(Name, StageState.Running, 0, reason));
            var outcome = await RenderAsync(input, context, VideoEncoder.Libx264, graphOption, cancellationToken);
            return outcome with { Selection = selection.Reason, Fallback = reason };
        }
    }

    private async Task<RenderOutcome> RenderAsync(VideoTimeline timeline, StageContext context, VideoEncoder with, string graphOption, CancellationToken cancellationToken)
    {
        var output = OutputIn(context.WorkDirectory);
        var parts = SegmentPlanner.Plan(timeline, PartSeconds(timeline.Duration));
        if (parts.Count == 1)
        {
            var command = RenderCommandBuilder.Build(timeline, Settings(output, with, graphOption));
            await command.WriteGraphAsync(cancellationToken);
            if (context.FfmpegLog is { } log)
            {
                // The graph file goes with the work directory; the log keeps what ffmpeg read.
                await log.WriteLineAsync($"# {command.GraphPath}:{Environment.NewLine}{command.FilterGraph}");
            }

            await runner.RunAsync(MediaTool.Ffmpeg, command.Arguments, new ProcessRunOptions
            {
                Progress = new InlineProgress<FfmpegProgress>(p => context.Progress?.Report(new StageProgress(
                    Name, StageState.Running, Math.Clamp((p.Percent ?? 0) / 100, 0, 1), $"{p.OutTime?.TotalSeconds ?? 0:0.0} s at {p.Speed ?? 0:0.00}x"))),
                TotalDuration = TimeSpan.FromSeconds(timeline.Duration),
                Log = context.FfmpegLog,
                Environment = command.Environment,
            }, cancellationToken);
            return new RenderOutcome(with.Name, RenderOutcome.OnePass, command.Arguments, []);
        }

        var batch = Batch(timeline, parts, context.WorkDirectory, with, graphOption);
        var directory = Path.GetDirectoryName(batch.Segments[0].OutputPath)!;
        var audio = Path.Combine(directory, "sound.m4a");
        var sound = MixSoundAsync(timeline, audio, with, graphOption, context, cancellationToken);
        var progress = new InlineProgress<SegmentProgress>(p => context.Progress?.Report(new StageProgress(
            Name, StageState.Running, Math.Clamp(p.Fraction * 0.98, 0, 1), $"{p.Done}/{p.Total} parts")));
        IReadOnlyList<SegmentOutcome> outcomes;
        try
        {
            outcomes = await segments.RunAsync(batch, progress, cancellationToken);
        }
        finally
        {
            // The sound is mixed meanwhile; wait for it either way, so no ffmpeg outlives the stage.
            await sound.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        await sound;
        var list = Path.Combine(directory, "parts.ffconcat");
        await File.WriteAllTextAsync(list, SegmentJoin.ListOf(batch.Segments, timeline.Fps), cancellationToken);
        var join = SegmentJoin.Arguments(list, audio, timeline.Duration, output);
        await runner.RunAsync(MediaTool.Ffmpeg, join, new ProcessRunOptions { Log = context.FfmpegLog }, cancellationToken);
        await KeepLogsAndRemovePartsAsync(directory, context.FfmpegLog, cancellationToken);
        return new RenderOutcome(with.Name, RenderOutcome.Segmented, join, outcomes);
    }

    /// <summary>
    /// The parts as units of work, in a directory named by their content: a run after a crash finds the parts it
    /// finished; a changed plan, part length or encoder gets a directory of its own.
    /// </summary>
    private SegmentBatch Batch(VideoTimeline timeline, IReadOnlyList<SegmentPart> parts, string workDirectory, VideoEncoder with, string graphOption)
    {
        var commands = parts.Select(part => (Part: part, Command: RenderCommandBuilder.BuildVideoPart(
            part.Timeline, Settings($"part-{part.Index:D4}.partial.mp4", with, graphOption), part.FirstFrame, part.Frames))).ToList();
        var key = with.Name + "-" + ContentHash.Of(string.Join('\n', commands.Select(c => c.Command.FilterGraph + "\n" + string.Join(' ', c.Command.Arguments))))[..12];
        var directory = Path.Combine(workDirectory, "parts-" + key);
        var work = commands.Select(c =>
        {
            // Built with relative names, then placed: the content hash must not depend on where the work directory is.
            var partial = Path.Combine(directory, $"part-{c.Part.Index:D4}.partial.mp4");
            var graph = Path.Combine(directory, $"part-{c.Part.Index:D4}.graph.txt");
            var arguments = c.Command.Arguments.Select(a => a == c.Command.GraphPath ? graph : a == Path.GetFileName(partial) ? partial : a).ToList();
            return new SegmentWork(c.Part.Index, c.Part.FirstFrame, c.Part.Frames, arguments, c.Command.FilterGraph, graph, partial,
                Path.Combine(directory, $"part-{c.Part.Index:D4}.mp4"), (double)c.Part.Frames / timeline.Fps, c.Command.Environment);
        }).ToList();
        return new SegmentBatch(key, with.Name, work);
    }

    /// <summary>
    /// The joined video holds every part: the parts go (a long video's parts weigh as much as it does), their logs
    /// (written wherever each part ran) are kept in the job's ffmpeg log.
    /// </summary>
    private static async Task KeepLogsAndRemovePartsAsync(string directory, TextWriter? log, CancellationToken cancellationToken)
    {
        if (log is not null)
        {
            foreach (var partLog in Directory.EnumerateFiles(directory, "*.log").Order(StringComparer.Ordinal))
            {
                await log.WriteLineAsync($"# ---- {Path.GetFileName(partLog)}");
                await log.WriteLineAsync(await File.ReadAllTextAsync(partLog, cancellationToken));
            }
        }

        Directory.Delete(directory, recursive: true);
    }

    private async Task MixSoundAsync(VideoTimeline timeline, string audio, VideoEncoder with, string graphOption, StageContext context, CancellationToken cancellationToken)
    {
        if (File.Exists(audio))
        {
            return;
        }

        var partial = audio + ".partial.m4a";
        var command = RenderCommandBuilder.BuildAudio(timeline, Settings(partial, with, graphOption));
        await command.WriteGraphAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        await using (var log = new StreamWriter(Path.ChangeExtension(audio, ".log"), append: true))
        {
            await runner.RunAsync(MediaTool.Ffmpeg, command.Arguments, new ProcessRunOptions { Log = log }, cancellationToken);
        }

        File.Move(partial, audio, overwrite: true);
        LogSound(_logger, stopwatch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The part length for a video: <see cref="RenderOptions.SegmentSeconds"/>, or, for a video from half a minute up
    /// that would be one part, a share of it for each part in flight. Two parts at once keep two cores busier than one
    /// pass, whose filter thread and encoder wait on each other (measured on 2 cores: a 60-s video's render 5-10 %
    /// faster in two parts, with the sound mix and the join included).
    /// </summary>
    internal double PartSeconds(double duration) =>
        duration >= MinimumSplitSeconds && options.SegmentsInFlight > 1
            ? Math.Min(options.SegmentSeconds, Math.Max(MinimumSplitSeconds / 2, duration / options.SegmentsInFlight))
            : options.SegmentSeconds;

    /// <summary>Shorter videos stay one pass: a part's own start-up, the separate sound mix and the join would outweigh the gain.</summary>
    private const double MinimumSplitSeconds = 30;

    private RenderSettings Settings(string output, VideoEncoder with, string graphOption) =>
        new(output, quality) { Encoder = with, GraphFileOption = graphOption };

    private static string FirstLine(Exception e) =>
        e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? e.GetType().Name;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Encoder {Encoder} failed; rendering again with libx264")]
    private static partial void LogFallback(ILogger logger, string encoder, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sound mixed for the whole video in {Seconds:0.0} s")]
    private static partial void LogSound(ILogger logger, double seconds);
}
