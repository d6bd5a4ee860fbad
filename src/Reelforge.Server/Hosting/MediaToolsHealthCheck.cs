using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reelforge.Media;

namespace Reelforge.Server.Hosting;

/// <summary>Ready when ffmpeg and ffprobe are found where the runner will look for them.</summary>
internal sealed class MediaToolsHealthCheck(FfmpegRunner runner) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var ffmpeg = runner.Tools.ResolveExecutable(MediaTool.Ffmpeg);
            var ffprobe = runner.Tools.ResolveExecutable(MediaTool.Ffprobe);
            return Task.FromResult(HealthCheckResult.Healthy($"{ffmpeg}, {ffprobe}"));
        }
        catch (ToolNotFoundException e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.Message));
        }
    }
}
