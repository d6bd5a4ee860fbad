using Microsoft.Playwright;

namespace Reelforge.Studio.Tests;

/// <summary>Each page of the studio opens, is fully labelled, and is screenshotted at desktop and phone width.</summary>
public sealed class StudioPagesTests(StudioServer server) : IClassFixture<StudioServer>
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "/", "create", "Create" },
        { "/tasks", "tasks", "Tasks" },
        { "/gallery", "gallery", "Gallery" },
        { "/library", "library", "Library" },
        { "/settings", "settings", "Settings" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_OpensWithItsHeadingAndEveryControlLabelled(string path, string name, string heading)
    {
        var page = await server.OpenAsync(path);
        Assert.Equal(heading, (await page.Locator("h1").First.TextContentAsync())?.Trim());
        var unnamed = await Accessibility.UnnamedControlsAsync(page);
        Assert.True(unnamed.Count == 0, $"Controls without an accessible name on {path}:\n{string.Join("\n", unnamed)}");
        await StudioServer.ScreenshotAsync(page, $"{name}-desktop");

        var phone = await server.OpenAsync(path, width: 390, height: 844);
        Assert.Equal(heading, (await phone.Locator("h1").First.TextContentAsync())?.Trim());
        var width = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"{path} is {width}px wide at a 390px viewport (scrolls sideways).");
        await StudioServer.ScreenshotAsync(phone, $"{name}-phone");
        await page.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }
}
