using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Reelforge.Server.Studio.Text;

namespace Reelforge.Server.Studio.Access;

/// <summary>
/// The studio's few plain HTTP routes: <c>/signin</c> (an API key in, a session cookie out), <c>/signout</c>, and
/// <c>/studio/language</c> (sets the language cookie and goes back).
/// </summary>
public static class StudioAccessEndpoints
{
    public const string SignInPath = "/signin";

    public static IEndpointRouteBuilder MapStudioAccessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInPath, (HttpContext http, string? returnUrl) => Page(http, returnUrl, failed: false)).ExcludeFromDescription();
        endpoints.MapPost(SignInPath, SignInAsync).DisableAntiforgery().ExcludeFromDescription();
        endpoints.MapPost("/signout", (HttpResponse response) =>
        {
            StudioSession.SignOut(response);
            return TypedResults.Redirect(SignInPath);
        }).ExcludeFromDescription();
        endpoints.MapGet("/studio/language", (HttpResponse response, string? name, string? returnUrl) =>
        {
            var culture = StudioText.Cultures.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) ?? StudioText.Cultures[0];
            response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Path = "/", MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true });
            return TypedResults.LocalRedirect(LocalOrRoot(returnUrl));
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> SignInAsync(HttpContext http, StudioSession session)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var key = form["key"].ToString().Trim();
        var returnUrl = form["returnUrl"].ToString();
        if (!session.Accepts(key))
        {
            return Page(http, returnUrl, failed: true);
        }

        session.SignIn(http.Response, key);
        return TypedResults.LocalRedirect(LocalOrRoot(returnUrl));
    }

    /// <summary>Only a path on this site: never "//host" or an absolute URL.</summary>
    private static string LocalOrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    private static ContentHttpResult Page(HttpContext http, string? returnUrl, bool failed)
    {
        var culture = CultureInfo.CurrentUICulture;
        string T(string en, string zh) => StudioText.IsChinese(culture) ? zh : en;
        var error = failed
            ? $"<p role=\"alert\" class=\"error\">{T("That key is not accepted.", "密钥不正确。")}</p>"
            : "";
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{(StudioText.IsChinese(culture) ? "zh-CN" : "en")}}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Reelforge Studio</title>
            <style>
              body { font-family: system-ui, sans-serif; background: #f5f5f7; display: grid; place-items: center; min-height: 100vh; margin: 0; }
              form { background: #fff; padding: 2rem; border-radius: 12px; box-shadow: 0 2px 12px #0002; width: min(22rem, 90vw); }
              h1 { font-size: 1.4rem; margin-top: 0; } label { display: block; margin-bottom: .4rem; }
              input { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; margin-bottom: 1rem; }
              button { background: #594ae2; color: #fff; border: 0; padding: .7rem 1.2rem; border-radius: 6px; font-size: 1rem; }
              .error { color: #c62828; }
            </style></head>
            <body><main><form method="post" action="{{SignInPath}}">
            <h1>Reelforge Studio</h1>
            <p>{{T("This server needs an API key.", "此服务器需要 API 密钥。")}}</p>{{error}}
            <label for="key">{{T("API key", "API 密钥")}}</label>
            <input id="key" name="key" type="password" autocomplete="current-password" required autofocus>
            <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(LocalOrRoot(returnUrl))}}">
            <button type="submit">{{T("Sign in", "登录")}}</button>
            </form></main></body></html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: failed ? 401 : 200);
    }
}
