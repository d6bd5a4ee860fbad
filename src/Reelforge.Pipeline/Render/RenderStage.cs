using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Media;
using Reelforge.Pipeline.Generation;

namespace Reelforge.Pipeline.Render;

/// <summary>
/// The Render stage: the timeline's one ffmpeg invocation (see <see cref="RenderCommandBuilder"/>), written into
/// the work directory, so a resumed run finds the file its Render checkpoint speaks of.
/// </summary>
internal sealed class RenderStage(FfmpegRunner runner) : IVideoStage<RenderCommand, bool>
{
    public StageName Name => StageName.Render;

    /// <summary>The rendered video in a work directory, before it is verified and moved into place.</summary>
    public static string OutputIn(string workDirectory) => Path.Combine(workDirectory, "render.partial.mp4");

    /// <summary>The command that renders <paramref name="timeline"/> to <see cref="OutputIn"/>.</summary>
    public static RenderCommand CommandFor(VideoTimeline timeline, RenderQuality quality, string workDirectory) =>
        RenderCommandBuilder.Build(timeline, new RenderSettings(OutputIn(workDirectory), quality));

    public async Task<bool> RunAsync(RenderCommand input, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        await input.WriteGraphAsync(cancellationToken);
        await runner.RunAsync(MediaTool.Ffmpeg, input.Arguments, new ProcessRunOptions
        {
            Progress = new InlineProgress<FfmpegProgress>(p => context.Progress?.Report(new StageProgress(
                Name, StageState.Running, Math.Clamp((p.Percent ?? 0) / 100, 0, 1), $"{p.OutTime?.TotalSeconds ?? 0:0.0} s at {p.Speed ?? 0:0.00}x"))),
            TotalDuration = TimeSpan.FromSeconds(input.Duration),
            Log = context.FfmpegLog,
            Environment = input.Environment,
        }, cancellationToken);
        return true;
    }
}
