using Quartz;
using Reelforge.Data.Segments;

namespace Reelforge.Jobs.Segments;

/// <summary>One worker's help with another worker's batch (scheduled by <see cref="QuartzSegmentFanOut"/>).</summary>
public sealed class RenderSegmentJob(SegmentRunners runners) : IJob
{
    public const string TaskIdKey = "task_id";

    public const string VideoNumberKey = "video_number";

    public const string BatchKeyKey = "batch_key";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var key = new SegmentBatchKey(data.GetString(TaskIdKey)!, data.GetInt(VideoNumberKey), data.GetString(BatchKeyKey)!);
        await runners.HelpAsync(key, cancellationToken);
    }
}
