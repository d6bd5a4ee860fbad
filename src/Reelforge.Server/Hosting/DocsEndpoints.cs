using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;

namespace Reelforge.Server.Hosting;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and Scalar's interactive reference over it at <c>/docs</c>.</summary>
public static class DocsEndpoints
{
    public const string OpenApiPattern = "/openapi/{documentName}.json";

    public static IEndpointRouteBuilder MapDocsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(OpenApiPattern);
        endpoints.MapScalarApiReference("/docs", options => options.WithTitle("Reelforge API").WithOpenApiRoutePattern(OpenApiPattern));
        return endpoints;
    }
}
