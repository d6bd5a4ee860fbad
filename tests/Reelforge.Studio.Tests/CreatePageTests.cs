using System.Text.Json;
using Microsoft.Playwright;
using Reelforge.TestSupport;

namespace Reelforge.Studio.Tests;

/// <summary>The Create page's voice sample, caption preview and presets, and the LLM connection test, in Chromium.</summary>
public sealed class CreatePageTests(StudioServer server) : IClassFixture<StudioServer>
{
    [Fact]
    public async Task VoiceSample_PlaysAClipWithADuration()
    {
        RequiredTool.Require("flite");
        var page = await server.OpenAsync("/");
        await MudControls.PickAsync(page, "Voice", "flite:slt");
        await page.ClickAsync("button[aria-label='Play sample']");
        var audio = page.Locator("audio[aria-label='Play sample']");
        await audio.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        var duration = await audio.EvaluateAsync<double>(
            "a => new Promise(r => a.readyState >= 1 ? r(a.duration) : (a.addEventListener('loadedmetadata', () => r(a.duration)), a.addEventListener('error', () => r(-1))))");
        Assert.InRange(duration, 0.5, 15);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CaptionPreview_IsAFrameAtTheChosenAspect_RenderedAgainWhenTheStyleChanges()
    {
        var page = await server.OpenAsync("/");
        var preview = page.Locator("img.caption-preview");
        var portrait = await NaturalSizeAsync(preview);
        Assert.Equal(new[] { 360, 640 }, portrait);
        var first = await preview.GetAttributeAsync("src");

        await MudControls.PickAsync(page, "Aspect", "16:9");
        await Assertions.Expect(preview).Not.ToHaveAttributeAsync("src", first!);
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('img.caption-preview'); return i.complete && i.naturalWidth === 640; }");
        var wide = await NaturalSizeAsync(preview);
        Assert.Equal(new[] { 640, 360 }, wide);

        var landscape = await preview.GetAttributeAsync("src");
        await MudControls.TypeAsync(page, "#text-color", "#FF0000");
        await Assertions.Expect(preview).Not.ToHaveAttributeAsync("src", landscape!);
        Assert.Contains("text_color=%23FF0000", await preview.GetAttributeAsync("src"), StringComparison.Ordinal);
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('img.caption-preview'); return i.complete && i.naturalWidth === 640; }");
        await StudioServer.ScreenshotAsync(page, "create-caption-preview-16x9");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Presets_SavedOnce_LoadInALaterVisit()
    {
        var name = "Tiny drafts " + Guid.NewGuid().ToString("N")[..6];
        var page = await server.OpenAsync("/");
        await MudControls.TypeAsync(page, "#short-side", "480");
        await MudControls.PickAsync(page, "Aspect", "1:1");
        await MudControls.TypeAsync(page, "#preset-name", name);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save preset" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = "Preset saved." })).ToHaveCountAsync(1);
        await page.Context.CloseAsync();

        using (var settings = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(server.DataDirectory, "studio", "settings.json"))))
        {
            Assert.Equal(480, settings.RootElement.GetProperty("Presets").GetProperty(name).GetProperty("ShortSide").GetInt32());
        }

        var later = await server.OpenAsync("/");
        await Assertions.Expect(later.Locator("#short-side")).ToHaveValueAsync("1080");
        await MudControls.PickAsync(later, "Load preset", name);
        await Assertions.Expect(later.Locator("#short-side")).ToHaveValueAsync("480");
        await Assertions.Expect(later.Locator("img.caption-preview")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("aspect=1%3A1"));
        await later.Context.CloseAsync();
    }

    [Fact]
    public async Task MoreSettings_ShowsEverySettingThePageDoesNotLayOut_AndTheValuesTravelWithAPreset()
    {
        var name = "More " + Guid.NewGuid().ToString("N")[..6];
        var page = await server.OpenAsync("/");
        await page.GetByText("More settings").ClickAsync();
        foreach (var setting in Reelforge.Server.Studio.Settings.StudioControls.More)
        {
            await Assertions.Expect(page.Locator($"[data-setting='{setting.Key}']").First).ToBeAttachedAsync();
        }

        await MudControls.TypeAsync(page, "#setting-tail", "3");
        await MudControls.TypeAsync(page, "#setting-tone", "playful");
        await MudControls.TypeAsync(page, "#preset-name", name);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save preset" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = "Preset saved." })).ToHaveCountAsync(1);
        await page.Context.CloseAsync();

        using var settings = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(server.DataDirectory, "studio", "settings.json")));
        var more = settings.RootElement.GetProperty("Presets").GetProperty(name).GetProperty("More");
        Assert.Equal("3", more.GetProperty("tail").GetString());
        Assert.Equal("playful", more.GetProperty("tone").GetString());
    }

    [Fact]
    public async Task Settings_TestConnection_Llm_AnswersThroughTheFake_AndARefusedKeyReadably()
    {
        await using var llm = new LoopbackServer(FakeLlm);
        var page = await server.OpenAsync("/settings");
        await MudControls.PickAsync(page, "Provider", "openai-compatible");
        var model = page.GetByLabel("Model", new PageGetByLabelOptions { Exact = true });
        await model.FillAsync("tiny-model");
        await model.PressAsync("Tab");
        await MudControls.TypeAsync(page, "#llm-base-url", new Uri(llm.BaseUrl, "v1").ToString());
        await MudControls.TypeAsync(page, "#llm-key", "sk-good");
        await page.ClickAsync("button[aria-label='Test connection: llm']");
        var result = page.Locator("[data-test-result='llm']");
        await Assertions.Expect(result).ToContainTextAsync("Connection works", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync("OK");

        await MudControls.TypeAsync(page, "#llm-key", "sk-refused");
        await page.ClickAsync("button[aria-label='Test connection: llm']");
        await Assertions.Expect(result).ToContainTextAsync("Connection failed", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync("Incorrect API key");
        await StudioServer.ScreenshotAsync(page, "settings-llm-refused");
        await page.Context.CloseAsync();
    }

    private static LoopbackResponse FakeLlm(LoopbackRequest request)
    {
        if (!request.Headers.TryGetValue("Authorization", out var auth) || auth != "Bearer sk-good")
        {
            return LoopbackResponse.Json("""{"error":{"message":"Incorrect API key provided.","type":"invalid_request_error","code":"invalid_api_key"}}""", 401);
        }

        return request.Path == "/v1/chat/completions"
            ? LoopbackResponse.Json("""
                {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"tiny-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"OK"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6}}
                """)
            : LoopbackResponse.Json("""{"error":{"message":"not found"}}""", 404);
    }

    private static async Task<int[]> NaturalSizeAsync(ILocator image)
    {
        await image.Page.WaitForFunctionAsync("() => { const i = document.querySelector('img.caption-preview'); return i && i.complete && i.naturalWidth > 0; }");
        return await image.EvaluateAsync<int[]>("i => [i.naturalWidth, i.naturalHeight]");
    }
}
