using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Hosting;

/// <summary>
/// One error shape per surface, for the errors no endpoint writes (no route, wrong method, no API key, an unhandled
/// exception): MoneyPrinterTurbo's <c>{status, message}</c> envelope under <c>/api/v1</c>, whose clients parse it, and
/// RFC 7807 problem details everywhere else (files, health, docs, metrics, MCP, the studio).
/// </summary>
internal static class SurfaceErrors
{
    public const string ApiPrefix = "/api/v1";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(ApiPrefix);

    public static Task WriteAsync(HttpContext http, int status, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (IsApi(http.Request))
        {
            http.Response.StatusCode = status;
            return http.Response.WriteAsJsonAsync(ApiEnvelope.Error(status, message), ApiJson.Options, http.RequestAborted);
        }

        return TypedResults.Problem(message, statusCode: status).ExecuteAsync(http);
    }

    /// <summary>Routing's own answers (no route 404, wrong method 405, a body that is not JSON 415) get a body saying what happened.</summary>
    public static Task WriteStatusAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var message = http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => $"{http.Request.Path}: not found",
            StatusCodes.Status405MethodNotAllowed => $"{http.Request.Method} is not allowed on {http.Request.Path}.",
            StatusCodes.Status415UnsupportedMediaType => "Send the request body as JSON (Content-Type: application/json).",
            _ => null,
        };
        return message is null ? Task.CompletedTask : WriteAsync(http, http.Response.StatusCode, message);
    }

    /// <summary>An exception no endpoint caught: a 500 in the surface's shape; the details stay in the log.</summary>
    public static Task WriteExceptionAsync(HttpContext http) =>
        WriteAsync(http, StatusCodes.Status500InternalServerError, "The server failed to handle the request; its log has the details.");
}
