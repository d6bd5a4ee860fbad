using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reelforge.Data.Segments;
using Reelforge.Data.Tasks;
using Reelforge.Media;
using Reelforge.Pipeline.Render;
using Reelforge.Pipeline.Render.Segments;

namespace Reelforge.Jobs.Segments;

/// <summary>
/// This worker's side of segmented renders on the database: the runner a task's video renders its parts with, and the
/// help a <see cref="RenderSegmentJob"/> gives another worker's batch. <paramref name="worker"/> names this worker in
/// the rows (<c>host:pid</c>).
/// </summary>
public sealed class SegmentRunners(
    RenderSegmentStore segments,
    TaskStore tasks,
    ISegmentFanOut fanOut,
    FfmpegRunner ffmpeg,
    IOptions<JobsOptions> jobs,
    IOptionsMonitor<RenderOptions> render,
    ILoggerFactory loggers,
    string worker)
{
    public string Worker => worker;

    /// <summary>The runner of one video of a task: its parts in flight here are <c>Render:SegmentsInFlight</c>.</summary>
    public ISegmentRunner For(string taskId, int videoNumber) =>
        new DatabaseSegmentRunner(segments, fanOut, Renderer(), taskId, videoNumber, render.CurrentValue.SegmentsInFlight, jobs.Value.SegmentLease, jobs.Value.SegmentPollInterval);

    /// <summary>Claims and renders parts of the batch until none is left, or the task stops; returns how many it rendered.</summary>
    public Task<int> HelpAsync(SegmentBatchKey key, CancellationToken cancellationToken) =>
        new SegmentPicker(segments, tasks, Renderer(), jobs.Value.SegmentLease, jobs.Value.SegmentPollInterval, loggers.CreateLogger<SegmentPicker>())
            .RunAsync(key, cancellationToken);

    private SegmentRenderer Renderer() => new(segments, ffmpeg, worker, jobs.Value.SegmentLease, loggers.CreateLogger<SegmentRenderer>());
}
