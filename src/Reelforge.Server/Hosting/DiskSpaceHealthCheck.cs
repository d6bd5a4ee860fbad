using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Reelforge.Data.Storage;

namespace Reelforge.Server.Hosting;

/// <summary>Ready when the disk holding the data directory has more free space than <see cref="ServerOptions.MinFreeDiskMegabytes"/>.</summary>
internal sealed class DiskSpaceHealthCheck(DataLayout layout, IOptions<ServerOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var minimum = options.Value.MinFreeDiskMegabytes;
        try
        {
            var free = new DriveInfo(layout.Root).AvailableFreeSpace / (1024 * 1024);
            var description = string.Create(CultureInfo.InvariantCulture, $"{free} MB free in {layout.Root} (needs more than {minimum} MB)");
            return Task.FromResult(free > minimum ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The free space of {layout.Root} cannot be read: {e.Message}"));
        }
    }
}
