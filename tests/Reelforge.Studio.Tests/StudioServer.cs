using Microsoft.Playwright;
using Reelforge.TestSupport;

namespace Reelforge.Studio.Tests;

/// <summary>
/// A real <c>reelforge serve</c> on a free loopback port with its own data directory, and Chromium to look at it;
/// shared by the tests of one class.
/// </summary>
public class StudioServer : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private ServerProcess? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress => _server!.BaseAddress!;

    public string DataDirectory => _data.Path;

    public string Output => _server?.Output ?? "";

    /// <summary>Extra environment for the server (API keys, …).</summary>
    protected virtual IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        (_playwright, Browser) = await StudioBrowser.LaunchAsync();
        _server = ServerProcess.StartServe(_data.Path, Environment);
        using var http = new HttpClient();
        foreach (var (key, value) in Environment.Where(e => e.Key.Contains("ApiKeys", StringComparison.Ordinal)))
        {
            http.DefaultRequestHeaders.Add("X-API-Key", value);
        }

        await _server.WaitReadyAsync(http, TimeSpan.FromSeconds(60));
    }

    /// <summary>A fresh browser context (its own cookies) at <paramref name="width"/> px, in <paramref name="locale"/>.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await WaitInteractiveAsync(page);
        return page;
    }

    /// <summary>Waits until the Blazor circuit is up, so clicks reach the server.</summary>
    public static async Task WaitInteractiveAsync(IPage page)
    {
        // The layout renders #studio-ready only once the circuit is live: typing into the prerendered page would be lost.
        await page.Locator("#studio-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        // From the top: a full-page shot of a scrolled page paints the fixed app bar mid-page.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(StudioBrowser.ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    public virtual async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _data.Dispose();
    }
}
