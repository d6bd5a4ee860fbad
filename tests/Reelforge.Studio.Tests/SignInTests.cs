using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Reelforge.Studio.Tests;

/// <summary>With API keys set, the studio asks for one once and keeps an HttpOnly session cookie; the API still wants the key.</summary>
public sealed class SignInTests(KeyedStudioServer server) : IClassFixture<KeyedStudioServer>
{
    [Fact]
    public async Task Studio_WithKeysConfigured_SignsInWithAKey_IntoAnHttpOnlyCookie()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/gallery");
        await page.WaitForURLAsync(new Regex("/signin\\?returnUrl=%2Fgallery$"));
        Assert.Empty(await Accessibility.UnnamedControlsAsync(page));

        await page.FillAsync("#key", "not-the-key");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("[role=alert]")).ToHaveTextAsync("That key is not accepted.");
        Assert.Empty(await context.CookiesAsync());
        await StudioServer.ScreenshotAsync(page, "signin-refused");

        await page.FillAsync("#key", KeyedStudioServer.ApiKey);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Regex("/gallery$"));
        await StudioServer.WaitInteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Gallery");
        var cookie = Assert.Single(await context.CookiesAsync(), c => c.Name == "reelforge_studio");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.DoesNotContain(KeyedStudioServer.ApiKey, cookie.Value, StringComparison.Ordinal);

        // The cookie opens the studio's files; without it or a key, the API still answers 401.
        var video = await page.APIRequest.GetAsync("/api/v1/musics");
        Assert.Equal(200, video.Status);
        using var anonymous = new HttpClient();
        var refused = await anonymous.GetAsync(new Uri(server.BaseAddress, "/api/v1/musics"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var forged = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, "/api/v1/musics"));
        forged.Headers.Add("Cookie", "reelforge_studio=" + cookie.Value[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(forged)).StatusCode);
        await context.CloseAsync();
    }
}
