using Microsoft.Playwright;

namespace Reelforge.Studio.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser). A missing Chromium fails the test with the
/// command that installs it.
/// </summary>
public static class StudioBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}; install it with: sudo apt-get install -y chromium (or run ./test, which installs it)");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = Flags,
            Headless = true,
        });
        return (playwright, browser);
    }

    /// <summary>Where the screenshots go: a folder of the test output, kept after the run.</summary>
    public static string ScreenshotDirectory
    {
        get
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "artifacts", "studio-screenshots");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }
}
