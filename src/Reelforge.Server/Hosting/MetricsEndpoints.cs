using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Reelforge.Server.Hosting;

/// <summary><c>GET /metrics</c> in the Prometheus text format (behind the API key when one is configured).</summary>
public static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapMetricsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/metrics", async (ServerMetrics metrics, CancellationToken ct) =>
                TypedResults.Text(await metrics.ScrapeAsync(ct), PrometheusText.ContentType))
            .WithName("Metrics").WithSummary("Prometheus metrics: tasks by state, queue depth, stage durations, render speed.")
            .ExcludeFromDescription();
        return endpoints;
    }
}
