using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Reelforge.TestSupport;

namespace Reelforge.Studio.Tests;

/// <summary>Stock footage in the studio against the loopback Pexels/Pixabay fakes: search per scene, pick, render; test the keys.</summary>
public sealed class StockFootageStudioTests(StockStudioServer server) : IClassFixture<StockStudioServer>
{
    [Fact]
    public async Task SceneEditor_SearchesPexels_AndThePickedClipIsTheSceneFootageOfTheRender()
    {
        RequiredTool.Require("ffprobe");
        var page = await server.OpenAsync("/");
        await MudControls.TypeAsync(page, "#script", "Ocean waves roll in at dusk.");
        await MudControls.TypeAsync(page, "#short-side", "180");
        await MudControls.PickAsync(page, "Quality", "Draft");
        await MudControls.PickAsync(page, "Music", "None");
        await MudControls.PickAsync(page, "Transition", "none");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Edit as scenes" }).ClickAsync();
        await MudControls.TypeAsync(page, "#scene-terms-1", "ocean waves");
        await page.ClickAsync("button[aria-label='Search stock footage 1']");

        var hits = page.Locator("[data-stock-results='1'] [data-stock-hit]");
        await Assertions.Expect(hits.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        Assert.True(server.Fake.SearchRequests >= 1);
        Assert.All(await hits.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-stock-hit'))"), id => Assert.StartsWith("pexels:", id, StringComparison.Ordinal));
        var second = hits.Nth(1);
        var picked = await second.GetAttributeAsync("data-stock-hit");
        await second.Locator("button").Filter(new LocatorFilterOptions { HasText = "Use" }).ClickAsync();
        await Assertions.Expect(page.Locator($"[data-stock-choice='{picked}']")).ToBeVisibleAsync();
        await Assertions.Expect(second.Locator("button").Filter(new LocatorFilterOptions { HasText = "Chosen" })).ToBeDisabledAsync();
        Assert.Empty(await Accessibility.UnnamedControlsAsync(page));
        await StudioServer.ScreenshotAsync(page, "create-stock-picked");
        await page.SetViewportSizeAsync(390, 844);
        // The layout reflows after the resize (MudBlazor closes the drawer from a resize listener): wait for it to settle.
        try
        {
            await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= 390", null, new PageWaitForFunctionOptions { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the stock results scroll sideways on a phone: {await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")} px wide at 390 px");
        }
        await StudioServer.ScreenshotAsync(page, "create-stock-picked-phone");

        await page.ClickAsync("#generate");
        await page.WaitForURLAsync(new Regex("/tasks$"));
        var taskId = await page.Locator("[data-task-id]").First.GetAttributeAsync("data-task-id");
        var status = await StudioApi.WaitFinishedAsync(server, taskId!, TimeSpan.FromSeconds(150));
        Assert.True(status == "complete", $"task ended {status}\n{server.Output}");

        // The picked item is the scene's footage on screen, fetched from the fake's media URL, credited to its author.
        var manifestPath = Directory.GetFiles(Path.Combine(server.DataDirectory, "tasks", taskId!), "*.manifest.json").Single();
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(manifestPath));
        var clip = manifest.RootElement.GetProperty("timeline").GetProperty("clips")[0];
        Assert.Equal(picked, clip.GetProperty("id").GetString());
        Assert.Equal("pexels", clip.GetProperty("source").GetString());
        Assert.Equal(picked, manifest.RootElement.GetProperty("inputs").GetProperty("scenes")[0].GetProperty("stock")[0].GetProperty("id").GetString());
        Assert.True(server.Fake.MediaRequests >= 1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Settings_TestConnection_Stock_WorksWithAGoodKey_AndExplainsARefusedOne()
    {
        var page = await server.OpenAsync("/settings");
        await MudControls.TypeAsync(page, "#pexels-key", StockStudioServer.PexelsKey);
        await page.ClickAsync("button[aria-label='Test connection: pexels']");
        await Assertions.Expect(page.Locator("[data-test-result='pexels']")).ToContainTextAsync("Connection works", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-test-result='pexels']")).ToContainTextAsync("results");

        await MudControls.TypeAsync(page, "#pixabay-key", StockStudioServer.RefusedKey);
        await page.ClickAsync("button[aria-label='Test connection: pixabay']");
        var refused = page.Locator("[data-test-result='pixabay']");
        await Assertions.Expect(refused).ToContainTextAsync("Connection failed", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(refused).ToContainTextAsync("refused");
        Assert.DoesNotContain("Exception", await refused.TextContentAsync() ?? "", StringComparison.Ordinal);
        await StudioServer.ScreenshotAsync(page, "settings-stock-tested");
        await page.Context.CloseAsync();
    }
}
