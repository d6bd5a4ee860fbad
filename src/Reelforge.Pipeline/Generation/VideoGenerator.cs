using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Core.Writing;
using Reelforge.Media;
using Reelforge.Media.Loudness;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Captions;
using Reelforge.Pipeline.Checkpoints;
using Reelforge.Pipeline.Compose;
using Reelforge.Pipeline.Gather;
using Reelforge.Pipeline.Narration;
using Reelforge.Pipeline.Render;
using Reelforge.Pipeline.Verify;

namespace Reelforge.Pipeline.Generation;

/// <summary>
/// Runs the stages in order (plan, narrate, caption, gather, compose, render, verify) and writes the video with its
/// sidecars and manifest. The output appears only when everything succeeded: every file is written under a
/// temporary name and moved into place at the end.
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
        var logPath = Path.Combine(options.WorkDirectory, "ffmpeg.log");
        await using var ffmpegLog = new StreamWriter(logPath, append: true);
        var probe = new FfprobeClient(runner);

        var plan = await stages.RunAsync(StageName.Plan, () => PlanAsync(request, writer, cancellationToken), cancellationToken);
        request = plan.Request;

        var language = request.Voice.Language ?? Core.Text.LanguageDetector.Detect(request.ScriptText);
        var voiceOptions = request.Voice with { Language = language };
        var narrated = await stages.RunAsync(StageName.Narrate, async () =>
        {
            var track = await NarrateAsync(request, narrator, voiceOptions, options, progress, cancellationToken);

            // A written script is checked against its target once: too long, and it is shortened and spoken again.
            if (plan.Draft is { } draft && writer is not null && request.Writing.TargetSeconds is { } target
                && track.Duration > target * ScriptLengthTolerance)
            {
                var shorter = await writer.ShortenAsync(draft, target, track.Duration, cancellationToken);
                if (!ReferenceEquals(shorter, draft))
                {
                    var shortened = plan.Request with { Scenes = shorter.Scenes };
                    plan = plan with { Request = shortened, Draft = shorter, Usage = [.. plan.Usage, .. shorter.Usage.Skip(draft.Usage.Count)] };
                    track = await NarrateAsync(shortened, narrator, voiceOptions, options, progress, cancellationToken);
                }
            }

            return new NarrateOutcome(track, plan);
        }, cancellationToken);
        var narration = narrated.Track;
        plan = narrated.Plan;
        request = plan.Request;
        if (options.StopAfter == StageName.Narrate)
        {
            return FinishEarly(narration, null, baseName, stages, plan);
        }

        var size = request.Format.Size;
        var assPath = Path.Combine(options.WorkDirectory, "captions.ass");
        var srtPath = Path.Combine(options.WorkDirectory, "captions.srt");
        var vttPath = Path.Combine(options.WorkDirectory, "captions.vtt");
        var cues = await stages.RunAsync(StageName.Caption, async () =>
        {
            using var measurer = new SkiaTextMeasurer();
            var built = CaptionCueBuilder.Build(narration, request.Captions, size, measurer);
            await File.WriteAllTextAsync(assPath, AssWriter.Write(built, request.Captions, size, measurer.LineHeight(request.Captions.FontFamily, 1)), cancellationToken);
            await File.WriteAllTextAsync(srtPath, SrtWriter.Write(built), cancellationToken);
            await File.WriteAllTextAsync(vttPath, VttWriter.Write(built), cancellationToken);
            return built;
        }, cancellationToken);
        var sidecars = new[] { (assPath, baseName + ".ass"), (srtPath, baseName + ".srt"), (vttPath, baseName + ".vtt") };
        if (options.StopAfter == StageName.Caption)
        {
            return FinishEarly(narration, sidecars, baseName, stages, plan);
        }

        var recent = new RecentFootageLog(Path.Combine(options.CacheDirectory, "recent-footage.json"));
        var gatherer = new FootageGatherer(probe, downloader, await recent.ReadAsync(cancellationToken));
        var footage = await stages.RunAsync(StageName.Gather, () =>
            gatherer.GatherAsync(request, sources, narration, StageFraction(progress, StageName.Gather), cancellationToken), cancellationToken);

        var timeline = await stages.RunAsync(StageName.Compose, async () =>
        {
            var audio = await new AudioPlanner(new LoudnessMeter(runner), options.CacheDirectory)
                .PlanAsync(request, narration.AudioPath, cancellationToken);
            var captions = request.Captions.Mode == CaptionMode.Off ? null : assPath;
            var input = new CompositionInput(request, narration, footage, audio, captions);
            var composed = TimelineComposer.Compose(input);

            // In-points at keyframes (seeking elsewhere decodes frames only to drop them). Keyframes are read for the
            // footage on screen only; composing again with them keeps every pick and moves only the in-points.
            var keyframes = await gatherer.KeyframesAsync(composed.Clips.Select(c => c.Footage), cancellationToken);
            if (keyframes.Count == 0)
            {
                return composed;
            }

            var withKeyframes = footage.Select(f => f with
            {
                Candidates = f.Candidates.Select(c => keyframes.TryGetValue(c.Id, out var k) ? c with { KeyframeTimes = k } : c).ToList(),
            }).ToList();
            return TimelineComposer.Compose(input with { Footage = withKeyframes });
        }, cancellationToken);

        // The render goes to the work directory, so a resumed run finds the file its Render checkpoint speaks of.
        var partial = Path.Combine(options.WorkDirectory, "render.partial.mp4");
        var command = RenderCommandBuilder.Build(timeline, new RenderSettings(partial, request.Format.Quality));
        ProbeResult probed;
        try
        {
            await stages.RunAsync(StageName.Render, async () =>
            {
                await runner.RunAsync(MediaTool.Ffmpeg, command.Arguments, new ProcessRunOptions
                {
                    Progress = new InlineProgress<FfmpegProgress>(p => progress?.Report(new StageProgress(
                        StageName.Render, StageState.Running, Math.Clamp((p.Percent ?? 0) / 100, 0, 1), $"{p.OutTime?.TotalSeconds ?? 0:0.0} s at {p.Speed ?? 0:0.00}x"))),
                    TotalDuration = TimeSpan.FromSeconds(timeline.Duration),
                    Log = ffmpegLog,
                    Environment = command.Environment,
                }, cancellationToken);
                return true;
            }, cancellationToken);
            probed = await stages.RunAsync(StageName.Verify, () => new OutputVerifier(probe).VerifyAsync(partial, timeline, cancellationToken), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || options.Checkpoints is null)
        {
            // Failed or unverified (or cancelled with nothing to resume): nothing half-written stays behind.
            File.Delete(partial);
            throw;
        }

        // Every output file is written under a temporary name first and moved into place together at the end.
        var manifestPath = baseName + ".manifest.json";
        var manifest = await ManifestWriter.CreateAsync(request, narrator, narration, timeline, command, probed, stages.Timings, plan, runner, cancellationToken);
        await File.WriteAllTextAsync(manifestPath + ".partial", manifest, cancellationToken);
        foreach (var (from, to) in sidecars)
        {
            File.Copy(from, to + ".partial", overwrite: true);
        }

        File.Move(partial, output, overwrite: true);
        foreach (var to in sidecars.Select(s => s.Item2).Append(manifestPath))
        {
            File.Move(to + ".partial", to, overwrite: true);
        }

        await recent.RecordAsync(timeline.Clips.Where(c => c.Footage.Kind != FootageKind.Procedural).Select(c => c.Footage.Id), cancellationToken);
        LogDone(_logger, output, timeline.Duration, cues.Count);
        return new GenerationResult(output, sidecars[1].Item2, sidecars[0].Item2, manifestPath, timeline.Duration, stages.Timings) { Metadata = plan.Metadata, Voice = narrator?.Voice.Key, Language = language };
    }

    /// <summary>
    /// A staged run (narration only, or narration and captions) ends here: the narration as a WAV file beside the
    /// requested output, and the caption sidecars when they were made.
    /// </summary>
    private static GenerationResult FinishEarly(
        Core.Narration.NarrationTrack narration,
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

    /// <summary>
    /// The Plan stage: a script from the topic when there is none, search terms for scenes that have none, and
    /// social metadata. Without a writer the user's scenes go through as they are.
    /// </summary>
    private static async Task<PlanResult> PlanAsync(VideoRequest request, IScriptWriter? writer, CancellationToken cancellationToken)
    {
        if (writer is null)
        {
            return new PlanResult(request, [], []);
        }

        var usage = new List<LlmUsage>();
        var scenes = request.Scenes;
        var language = request.Voice.Language;
        ScriptDraft? written = null;
        if (scenes.Count == 0)
        {
            var writing = request.Writing;
            var draft = await writer.WriteScriptAsync(
                new ScriptBrief(request.Topic!, language, writing.TargetSeconds, writing.Paragraphs, writing.Tone, writing.Audience, writing.Hook, writing.Instructions),
                cancellationToken);
            scenes = draft.Scenes;
            language ??= draft.Language;
            usage.AddRange(draft.Usage);
            written = draft;
        }

        var planned = request with { Scenes = scenes };
        language ??= Core.Text.LanguageDetector.Detect(planned.ScriptText);
        if (scenes.Any(s => s.Terms.Count == 0))
        {
            var suggested = await writer.SuggestTermsAsync(scenes, language, cancellationToken);
            planned = planned with
            {
                Scenes = scenes.Select((s, i) => s.Terms.Count > 0 || i >= suggested.Count ? s : s with { SearchTerms = suggested[i].Terms }).ToList(),
            };
        }

        var metadata = await writer.WriteMetadataAsync(planned.ScriptText, language, cancellationToken);
        return new PlanResult(planned, metadata, usage, written is null ? null : written with { Scenes = planned.Scenes });
    }

    /// <summary>How far past its target a written script's narration may run before it is shortened.</summary>
    private const double ScriptLengthTolerance = 1.15;

    private static async Task<Core.Narration.NarrationTrack> NarrateAsync(
        VideoRequest request, Narrator? narrator, VoiceOptions voiceOptions, GenerationOptions options, IProgress<StageProgress>? progress, CancellationToken cancellationToken)
    {
        var result = await new NarrationBuilder(Path.Combine(options.CacheDirectory, "speech")).BuildAsync(
            new NarrationRequest(request.Scenes, voiceOptions, options.WorkDirectory)
            {
                Engine = request.Voice.NoVoice ? null : narrator!.Engine,
                VoiceId = request.Voice.NoVoice ? null : narrator!.Voice.Id,
            },
            StageFraction(progress, StageName.Narrate),
            cancellationToken);
        return result.Track;
    }

    private static InlineProgress<double> StageFraction(IProgress<StageProgress>? progress, StageName stage) =>
        new InlineProgress<double>(f => progress?.Report(new StageProgress(stage, StageState.Running, f)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {Output} ({Duration:0.0} s, {Cues} captions)")]
    private static partial void LogDone(ILogger logger, string output, double duration, int cues);
}
