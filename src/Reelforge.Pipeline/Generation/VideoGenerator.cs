using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Footage;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Core.Writing;
using Reelforge.Media;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Captions;
using Reelforge.Pipeline.Compose;
using Reelforge.Pipeline.Gather;
using Reelforge.Pipeline.Narration;
using Reelforge.Pipeline.Planning;
using Reelforge.Pipeline.Render;
using Reelforge.Pipeline.Render.Segments;
using Reelforge.Media.Encoders;
using Reelforge.Pipeline.Verify;

namespace Reelforge.Pipeline.Generation;

/// <summary>
/// Runs the stages in order (plan, narrate, caption, gather, compose, render, verify), each checkpointed when it
/// finishes, and writes the video with its sidecars and manifest. The output appears only when everything
/// succeeded: every file is written under a temporary name and moved into place at the end.
/// </summary>
public sealed partial class VideoGenerator(FfmpegRunner runner, ILogger<VideoGenerator>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public async Task<GenerationResult> GenerateAsync(
        VideoRequest request,
        Narrator? narrator,
        IReadOnlyList<IFootageSource> sources,
        IScriptWriter? writer,
        IFootageDownloader? downloader,
        GenerationOptions options,
        IProgress<StageProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if (request.Scenes.Count == 0 && (request.Topic is null || writer is null))
        {
            throw new InvalidRequestException("The script is empty: there is nothing to narrate.");
        }

        if (!request.Voice.NoVoice && narrator is null)
        {
            throw new InvalidRequestException("No voice was chosen; pass --voice or --no-voice.");
        }

        Directory.CreateDirectory(options.WorkDirectory);
        Directory.CreateDirectory(options.CacheDirectory);
        var stages = new StageRunner(options.Checkpoints, progress);
        var output = Path.GetFullPath(options.OutputPath);
        var baseName = Path.Combine(Path.GetDirectoryName(output)!, Path.GetFileNameWithoutExtension(output));
        await using var ffmpegLog = new StreamWriter(Path.Combine(options.WorkDirectory, "ffmpeg.log"), append: true);
        var context = new StageContext(options.WorkDirectory, options.CacheDirectory, progress, ffmpegLog);
        var probe = new FfprobeClient(runner);

        var plan = await stages.RunAsync(new PlanStage(writer), request, context, cancellationToken);
        var language = NarrateStage.LanguageOf(plan.Request);
        var narrated = await stages.RunAsync(new NarrateStage(narrator, writer), plan, context, cancellationToken);
        plan = narrated.Plan;
        request = plan.Request;
        var narration = narrated.Track;
        if (options.StopAfter == StageName.Narrate)
        {
            return FinishEarly(narration, null, baseName, stages, plan);
        }

        var script = new NarratedScript(request, narration);
        var cues = await stages.RunAsync(new CaptionStage(), script, context, cancellationToken);
        var captions = CaptionFiles.In(options.WorkDirectory);
        (string From, string To)[] sidecars = [(captions.Ass, baseName + ".ass"), (captions.Srt, baseName + ".srt"), (captions.Vtt, baseName + ".vtt")];
        if (options.StopAfter == StageName.Caption)
        {
            return FinishEarly(narration, sidecars, baseName, stages, plan);
        }

        var footage = await stages.RunAsync(new GatherStage(probe, sources, downloader), script, context, cancellationToken);
        var timeline = await stages.RunAsync(new ComposeStage(runner), new GatheredScript(request, narration, footage), context, cancellationToken);

        var partial = RenderStage.OutputIn(options.WorkDirectory);
        var render = options.Render ?? new RenderOptions();
        var encoder = await runner.Encoders.SelectAsync(render.Encoder, cancellationToken);
        var segments = options.Segments ?? new LocalSegmentRunner(runner, render.SegmentsInFlight);
        RenderOutcome rendered;
        ProbeResult probed;
        try
        {
            rendered = await stages.RunAsync(new RenderStage(runner, request.Format.Quality, render, encoder, segments, _logger), timeline, context, cancellationToken);
            probed = await stages.RunAsync(new VerifyStage(probe), new RenderedVideo(partial, timeline), context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || options.Checkpoints is null)
        {
            // Failed or unverified (or cancelled with nothing to resume): nothing half-written stays behind.
            File.Delete(partial);
            throw;
        }

        var manifestPath = baseName + ".manifest.json";
        var manifest = await ManifestWriter.CreateAsync(request, narrator, narration, timeline, rendered, probed, stages.Timings, plan, runner, cancellationToken);
        await MoveIntoPlaceAsync(partial, output, sidecars, manifestPath, manifest, cancellationToken);
        await RecentFootageLog.In(options.CacheDirectory)
            .RecordAsync(timeline.Clips.Where(c => c.Footage.Kind != FootageKind.Procedural).Select(c => c.Footage.Id), cancellationToken);
        LogDone(_logger, output, timeline.Duration, cues.Count);
        return new GenerationResult(output, sidecars[1].To, sidecars[0].To, manifestPath, timeline.Duration, stages.Timings) { Metadata = plan.Metadata, Voice = narrator?.Voice.Key, Language = language };
    }

    /// <summary>
    /// Every output file is written under a temporary name first and moved into place together at the end, so a
    /// failure leaves no half set of files behind.
    /// </summary>
    private static async Task MoveIntoPlaceAsync(
        string video, string output, (string From, string To)[] sidecars, string manifestPath, string manifest, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(manifestPath + ".partial", manifest, cancellationToken);
        foreach (var (from, to) in sidecars)
        {
            File.Copy(from, to + ".partial", overwrite: true);
        }

        File.Move(video, output, overwrite: true);
        foreach (var to in sidecars.Select(s => s.To).Append(manifestPath))
        {
            File.Move(to + ".partial", to, overwrite: true);
        }
    }

    /// <summary>
    /// A staged run (narration only, or narration and captions) ends here: the narration as a WAV file beside the
    /// requested output, and the caption sidecars when they were made.
    /// </summary>
    private static GenerationResult FinishEarly(
        NarrationTrack narration,
        (string From, string To)[]? sidecars,
        string baseName,
        StageRunner stages,
        PlanResult plan)
    {
        string? audio = null;
        if (narration.AudioPath is { } narrationPath)
        {
            audio = baseName + ".wav";
            File.Copy(narrationPath, audio, overwrite: true);
        }

        foreach (var (from, to) in sidecars ?? [])
        {
            File.Copy(from, to, overwrite: true);
        }

        return new GenerationResult(null, sidecars?[1].To, sidecars?[0].To, null, narration.Duration, stages.Timings)
        {
            Metadata = plan.Metadata,
            AudioPath = audio,
            Voice = narration.Voice,
            Language = narration.Language,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {Output} ({Duration:0.0} s, {Cues} captions)")]
    private static partial void LogDone(ILogger logger, string output, double duration, int cues);
}
