using System.Text.Json;
using System.Text.Json.Serialization;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Media;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Render;

namespace Reelforge.Pipeline.Generation;

/// <summary>The manifest beside each video: inputs, voice, timeline, stage timings, tool versions, output checks.</summary>
internal static class ManifestWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static async Task<string> CreateAsync(
        VideoRequest request,
        Narrator? narrator,
        NarrationTrack narration,
        VideoTimeline timeline,
        RenderOutcome render,
        ProbeResult output,
        IReadOnlyDictionary<StageName, double> timings,
        PlanResult plan,
        FfmpegRunner runner,
        CancellationToken cancellationToken)
    {
        var capabilities = await runner.Capabilities.GetAsync(cancellationToken);
        var manifest = new
        {
            Reelforge = typeof(ManifestWriter).Assembly.GetName().Version?.ToString(),
            CreatedAt = DateTimeOffset.UtcNow,
            Inputs = request,
            Social = plan.Metadata,
            LlmUsage = plan.Usage,
            Voice = narrator is null ? null : new
            {
                Key = narrator.Voice.Key,
                narrator.Voice.DisplayName,
                EngineVersion = narrator.Engine.Version,
            },
            Language = narration.Language,
            Narration = new
            {
                narration.Duration,
                Sentences = narration.Sentences.Select(s => new { s.SceneIndex, s.Text, s.Start, s.End, Timing = s.TimingSource }),
            },
            Timeline = new
            {
                Size = timeline.Size.ToString(),
                timeline.Fps,
                timeline.Duration,
                timeline.Fit,
                Clips = timeline.Clips.Select(c => new
                {
                    c.Index,
                    Scene = c.SceneIndex,
                    Source = c.Footage.Source,
                    Id = c.Footage.Id,
                    Kind = c.Footage.Kind,
                    c.Footage.Path,
                    c.Footage.PageUrl,
                    c.Footage.Author,
                    c.Footage.License,
                    Procedural = c.Footage.Procedural,
                    In = c.SourceIn,
                    Out = Math.Round(c.SourceIn + c.Duration, 3),
                    c.Start,
                    c.Duration,
                    Transition = c.TransitionIn,
                }),
                Audio = timeline.Audio,
            },
            StageSeconds = timings.ToDictionary(t => t.Key.ToString().ToLowerInvariant(), t => t.Value),
            Tools = new
            {
                Ffmpeg = capabilities.FfmpegVersion,
                Ffprobe = capabilities.FfprobeVersion,
                Dotnet = Environment.Version.ToString(),
            },
            Output = new
            {
                output.Duration,
                output.SizeBytes,
                Video = output.Video,
                Audio = output.Audio,
            },
            Render = new
            {
                render.Encoder,
                render.Selection,
                render.Mode,
                render.Fallback,
                Segments = render.Segments.Select(p => new { p.Index, p.Frames, p.Seconds, p.Worker, p.Reused }),
            },
            FfmpegArguments = render.Arguments,
        };
        return JsonSerializer.Serialize(manifest, Json);
    }
}
