using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Hosting;

/// <summary>
/// With API keys configured, every route but health needs one (<c>X-API-Key</c> or <c>Authorization: Bearer</c>);
/// keys are compared in constant time.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, IReadOnlyList<string> keys)
{
    private readonly byte[][] _keys = keys.Select(k => Encoding.UTF8.GetBytes(k)).ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        if (_keys.Length == 0 || context.Request.Path.StartsWithSegments("/health") || Presented(context.Request) is { } key && Accepted(key))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await context.Response.WriteAsJsonAsync(ApiEnvelope.Error(401, "An API key is required: send it in X-API-Key or Authorization: Bearer."), ApiJson.Options);
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers["X-API-Key"].FirstOrDefault() is { Length: > 0 } header)
        {
            return header;
        }

        var authorization = request.Headers.Authorization.FirstOrDefault();
        return authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    private bool Accepted(string key)
    {
        var presented = Encoding.UTF8.GetBytes(key);
        var match = false;
        foreach (var candidate in _keys)
        {
            match |= CryptographicOperations.FixedTimeEquals(presented, candidate);
        }

        return match;
    }
}
