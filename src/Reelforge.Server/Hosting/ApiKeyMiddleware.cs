using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Reelforge.Server.Studio.Access;

namespace Reelforge.Server.Hosting;

/// <summary>
/// With API keys configured, every route but health needs one (<c>X-API-Key</c> or <c>Authorization: Bearer</c>);
/// keys are compared in constant time. The studio's session cookie (<see cref="StudioSession"/>) counts as a key; a
/// browser asking for a page without one is sent to the sign-in page.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, IReadOnlyList<string> keys, StudioSession session)
{
    private readonly byte[][] _keys = keys.Select(k => Encoding.UTF8.GetBytes(k)).ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        if (_keys.Length == 0 || context.Request.Path.StartsWithSegments("/health") || Presented(context.Request) is { } key && Accepted(key)
            || context.Request.Path.StartsWithSegments(StudioAccessEndpoints.SignInPath) || session.IsSignedIn(context.Request))
        {
            await next(context);
            return;
        }

        if (IsPageRequest(context.Request))
        {
            var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{StudioAccessEndpoints.SignInPath}?returnUrl={Uri.EscapeDataString(back)}");
            return;
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        await SurfaceErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "An API key is required: send it in X-API-Key or Authorization: Bearer.");
    }

    /// <summary>A browser navigating to a page (not an API client, not a file).</summary>
    private static bool IsPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Path.StartsWithSegments("/api")
        && request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

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
