using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Reelforge.Server.Hosting;

/// <summary>
/// Ready when the Quartz scheduler exists, is not shut down, and its job store answers.
/// A scheduler in standby is fine: an API-only node stores jobs and never runs them.
/// </summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var scheduler = await factory.GetScheduler(cancellationToken);
            var status = await scheduler.GetStatus(cancellationToken);
            if (status is SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown or SchedulerStatus.Unknown)
            {
                return HealthCheckResult.Unhealthy($"The scheduler is {status.ToString().ToLowerInvariant()}.");
            }

            // Asking about a job that never exists is a read of the job store.
            await scheduler.Exists(new JobKey("health-probe", "health"), cancellationToken);
            return HealthCheckResult.Healthy(status == SchedulerStatus.Running ? "running" : $"{status.ToString().ToLowerInvariant()} (stores jobs only)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The scheduler or its job store does not answer: {e.Message}");
        }
    }
}
