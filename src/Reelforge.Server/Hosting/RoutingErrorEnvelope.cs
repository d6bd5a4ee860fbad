using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Hosting;

/// <summary>
/// Errors routing answers before any endpoint runs (no route 404, wrong method 405, a body that is not JSON 415) carry
/// the API's <c>{status, message}</c> envelope like every other error, instead of an empty body.
/// </summary>
internal static class RoutingErrorEnvelope
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var message = http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => $"{http.Request.Path}: not found",
            StatusCodes.Status405MethodNotAllowed => $"{http.Request.Method} is not allowed on {http.Request.Path}.",
            StatusCodes.Status415UnsupportedMediaType => "Send the request body as JSON (Content-Type: application/json).",
            _ => null,
        };
        return message is null
            ? Task.CompletedTask
            : http.Response.WriteAsJsonAsync(ApiEnvelope.Error(http.Response.StatusCode, message), ApiJson.Options, http.RequestAborted);
    }
}
