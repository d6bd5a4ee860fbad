using System.Security.Cryptography;
using System.Text;
using Quartz;
using Reelforge.Data.Segments;

namespace Reelforge.Jobs.Segments;

/// <summary>
/// Asks for help as <see cref="RenderSegmentJob"/>s in the shared job store, which any worker with a free slot runs
/// (this one too, once its slots free up; by then there is usually nothing left and the job ends at once). Not
/// recovered after a crash: the restarted task asks again.
/// </summary>
public sealed class QuartzSegmentFanOut(ISchedulerFactory schedulers) : ISegmentFanOut
{
    public const string JobGroup = "segments";

    public async Task RequestAsync(SegmentBatchKey key, int helpers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var batch = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.BatchKey)))[..12];
        for (var i = 0; i < helpers; i++)
        {
            var name = $"{key.TaskId}.{key.VideoNumber}.{batch}.{i}";
            var job = JobBuilder.Create<RenderSegmentJob>()
                .WithIdentity(name, JobGroup)
                .UsingJobData(RenderSegmentJob.TaskIdKey, key.TaskId)
                .UsingJobData(RenderSegmentJob.VideoNumberKey, key.VideoNumber)
                .UsingJobData(RenderSegmentJob.BatchKeyKey, key.BatchKey)
                .Build();
            var trigger = TriggerBuilder.Create().WithIdentity(name, JobGroup).StartNow().Build();
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
    }
}
