using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Playwright;
using Reelforge.TestSupport;

namespace Reelforge.Studio.Tests;

/// <summary>What a user does in the studio, in Chromium against a real <c>reelforge serve</c>.</summary>
public sealed class StudioWorkflowTests(StudioServer server) : IClassFixture<StudioServer>
{
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Create_FromScript_ProgressIsPushedTo100_AndGalleryPlaysTheVideoAtItsDuration()
    {
        RequiredTool.Require("ffprobe");
        var page = await server.OpenAsync("/");
        await MudControls.TypeAsync(page, "#script", "Volcanoes are openings in the crust. Lava cools into new rock.");
        await MudControls.TypeAsync(page, "#short-side", "360");
        await MudControls.PickAsync(page, "Quality", "Draft");
        await MudControls.PickAsync(page, "Music", "None");
        await MudControls.PickAsync(page, "Transition", "none");
        await page.ClickAsync("#generate");

        await page.WaitForURLAsync(new Regex("/tasks$"));
        // A marker that a reload would wipe: progress must arrive over the circuit, not by reloading.
        await page.EvaluateAsync("() => window.__studioMarker = 42");
        var task = page.Locator("[data-task-id]").First;
        var seen = new List<int>();
        var deadline = DateTime.UtcNow + RenderTimeout;
        string? status = null;
        while (DateTime.UtcNow < deadline)
        {
            status = await task.GetAttributeAsync("data-status");
            var text = await task.Locator(".progress-text").TextContentAsync() ?? "";
            var progress = int.Parse(text.Replace("%", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            if (seen.Count == 0 || seen[^1] != progress)
            {
                seen.Add(progress);
            }

            if (status is "complete" or "failed" or "cancelled")
            {
                break;
            }

            await Task.Delay(100);
        }

        var failure = await task.Locator(".mud-alert").AllTextContentsAsync();
        Assert.True(status == "complete", $"task ended {status}: {string.Join(" ", failure)}\n{server.Output}");
        Assert.Equal(100, seen[^1]);
        Assert.Equal(42, await page.EvaluateAsync<int>("() => window.__studioMarker"));
        Assert.True(seen.Count >= 2, $"progress was never seen moving: {string.Join(", ", seen)}");
        Assert.Equal(seen.Order().ToList(), seen);
        await StudioServer.ScreenshotAsync(page, "tasks-complete");

        var taskId = await task.GetAttributeAsync("data-task-id");
        await page.ClickAsync("a[href='/gallery']");
        await page.WaitForSelectorAsync($"[data-task-id='{taskId}'] video");
        var video = page.Locator($"[data-task-id='{taskId}'] video").First;
        var duration = await video.EvaluateAsync<double>(
            "v => new Promise(r => v.readyState >= 1 ? r(v.duration) : (v.addEventListener('loadedmetadata', () => r(v.duration)), v.addEventListener('error', () => r(-1))))");
        var file = Directory.GetFiles(Path.Combine(server.DataDirectory, "tasks", taskId!), "*.mp4").Single();
        var probed = double.Parse(RequiredTool.Run("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", file).Trim(), CultureInfo.InvariantCulture);
        Assert.InRange(duration, probed - 0.1, probed + 0.1);
        Assert.InRange(duration, 1.5, 20);
        await Assertions.Expect(page.Locator($"[data-task-id='{taskId}'] a[href*='/api/v1/download/tasks/']").Filter(new LocatorFilterOptions { HasText = "SRT" })).ToHaveCountAsync(1);
        await StudioServer.ScreenshotAsync(page, "gallery-video");

        // "Make another like this" carries the settings back to Create.
        await page.Locator($"[data-task-id='{taskId}'] button").Filter(new LocatorFilterOptions { HasText = "Make another like this" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/create\\?from="));
        await Assertions.Expect(page.Locator("#script")).ToHaveValueAsync("Volcanoes are openings in the crust. Lava cools into new rock.");
        await Assertions.Expect(page.Locator("#short-side")).ToHaveValueAsync("360");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Language_SwitchesToChinese_AndFollowsTheBrowserByDefault()
    {
        var page = await server.OpenAsync("/tasks");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tasks");
        await page.ClickAsync("button[aria-label='Language']");
        await page.Locator(".mud-popover-open .mud-menu-item").Filter(new LocatorFilterOptions { HasText = "简体中文" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/tasks$"));
        await StudioServer.WaitInteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("任务");
        await Assertions.Expect(page.Locator("a[href='/settings']")).ToContainTextAsync("设置");
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        await StudioServer.ScreenshotAsync(page, "tasks-zh");

        // The choice sticks for the next page; and back to English.
        await page.ClickAsync("a[href='/library']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("素材库");
        await page.ClickAsync("button[aria-label='语言']");
        await page.Locator(".mud-popover-open .mud-menu-item").Filter(new LocatorFilterOptions { HasText = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Library");
        await page.Context.CloseAsync();

        var chinese = await server.OpenAsync("/", locale: "zh-CN");
        await Assertions.Expect(chinese.Locator("h1")).ToHaveTextAsync("创作");
        await Assertions.Expect(chinese.Locator("#generate")).ToContainTextAsync("生成");
        await StudioServer.ScreenshotAsync(chinese, "create-zh-phone-less");
        await chinese.Context.CloseAsync();
    }

    [Fact]
    public async Task Library_UploadsAClip_WithProgress_AndKeepsItsTags()
    {
        using var source = new TempDirectory();
        var clip = MediaFixtures.Video(source.Path, "lava_flow.mp4", 320, 240, 2);
        var page = await server.OpenAsync("/library");
        await page.Locator("#upload-materials").SetInputFilesAsync(clip);
        var row = page.Locator("[data-library-file]").Filter(new LocatorFilterOptions { HasText = "lava_flow.mp4" });
        await Assertions.Expect(row).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        var stored = await row.GetAttributeAsync("data-library-file");
        var path = Path.Combine(server.DataDirectory, "materials", stored!);
        Assert.Equal(new FileInfo(clip).Length, new FileInfo(path).Length);
        await Assertions.Expect(row.Locator("input")).ToHaveValueAsync("lava, flow");

        await MudControls.TypeAsync(page, $"[data-library-file='{stored}'] input", "lava, volcano, night");
        await row.Locator("button[aria-label^='Save tags']").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = "Tags saved." })).ToHaveCountAsync(1);
        using var sidecar = JsonDocument.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(path, ".json")));
        Assert.Equal(["lava", "volcano", "night"], sidecar.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString() ?? "").ToList());
        await StudioServer.ScreenshotAsync(page, "library-uploaded");

        // A file that is not media is refused with a readable message, and nothing is stored.
        var fake = source.File("notes.mp4");
        await File.WriteAllTextAsync(fake, "not a video at all");
        await page.Locator("#upload-materials").SetInputFilesAsync(fake);
        await Assertions.Expect(page.GetByText("The file is not usable video material")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        Assert.Single(Directory.GetFiles(Path.Combine(server.DataDirectory, "materials"), "*.mp4"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Settings_SavesAProviderKey_MaskedOnThePage_AndEncryptedOnDisk()
    {
        const string key = "pk-live-0123456789abcdefWXYZ";
        var page = await server.OpenAsync("/settings");
        await MudControls.TypeAsync(page, "#pexels-key", key);
        await page.ClickAsync("#save-settings");
        await Assertions.Expect(page.Locator("[data-masked-key='pexels-key']")).ToHaveTextAsync("pk-…WXYZ");
        await Assertions.Expect(page.Locator("#pexels-key")).ToHaveValueAsync("");
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

        var file = Path.Combine(server.DataDirectory, "studio", "settings.json");
        var json = await File.ReadAllTextAsync(file);
        Assert.DoesNotContain(key, json, StringComparison.Ordinal);
        using var settings = JsonDocument.Parse(json);
        var cipher = settings.RootElement.GetProperty("PexelsApiKeyProtected").GetString();
        var protector = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(server.DataDirectory, "keys")), b => b.SetApplicationName("Reelforge"))
            .CreateProtector("Reelforge.Studio.Settings.v1");
        Assert.Equal(key, protector.Unprotect(cipher!));

        // A fresh visit still shows it masked only; the offline speech check answers.
        var again = await server.OpenAsync("/settings");
        await Assertions.Expect(again.Locator("[data-masked-key='pexels-key']")).ToHaveTextAsync("pk-…WXYZ");
        Assert.DoesNotContain(key, await again.ContentAsync(), StringComparison.Ordinal);
        await again.ClickAsync("button[aria-label='Test connection: speech']");
        await Assertions.Expect(again.Locator("[data-test-result='speech']")).ToContainTextAsync("Connection works");
        await StudioServer.ScreenshotAsync(again, "settings-saved");
        await page.Context.CloseAsync();
        await again.Context.CloseAsync();
    }
}
