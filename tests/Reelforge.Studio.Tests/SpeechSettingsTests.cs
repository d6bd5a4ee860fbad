using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Playwright;

namespace Reelforge.Studio.Tests;

/// <summary>Cloud speech keys in Settings: tested against loopback fakes, saved encrypted, shown masked, their voices offered.</summary>
public sealed class SpeechSettingsTests(SpeechStudioServer server) : IClassFixture<SpeechStudioServer>
{
    [Fact]
    public async Task OpenAiSpeechKey_TestConnectionFailsReadablyWhenRefused_WorksWhenRight_AndIsStoredEncryptedAndMasked()
    {
        var key = server.Speech.OpenAiKey;
        var page = await server.OpenAsync("/settings");

        await MudControls.TypeAsync(page, "#openai-speech-key", "sk-refused-speech-key-0000");
        await page.ClickAsync("button[aria-label='Test connection: openai-speech']");
        var result = page.Locator("[data-test-result='openai-speech']");
        await Assertions.Expect(result).ToContainTextAsync("Connection failed: The OpenAI speech key was refused (HTTP 401", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        Assert.DoesNotContain("sk-refused-speech-key-0000", await result.TextContentAsync() ?? "", StringComparison.Ordinal);

        await MudControls.TypeAsync(page, "#openai-speech-key", key);
        await page.ClickAsync("button[aria-label='Test connection: openai-speech']");
        await Assertions.Expect(result).ToContainTextAsync("Connection works: OpenAI speech:", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync("s of speech from tts-1 (alloy)");

        await page.ClickAsync("#save-settings");
        await Assertions.Expect(page.Locator("[data-masked-key='openai-speech-key']")).ToHaveTextAsync("sk-…1234");
        await Assertions.Expect(page.Locator("#openai-speech-key")).ToHaveValueAsync("");
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

        var json = await File.ReadAllTextAsync(Path.Combine(server.DataDirectory, "studio", "settings.json"));
        Assert.DoesNotContain(key, json, StringComparison.Ordinal);
        using var settings = JsonDocument.Parse(json);
        var protector = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(server.DataDirectory, "keys")), b => b.SetApplicationName("Reelforge"))
            .CreateProtector("Reelforge.Studio.Settings.v1");
        Assert.Equal(key, protector.Unprotect(settings.RootElement.GetProperty("OpenAiSpeechApiKeyProtected").GetString()!));

        // the stored key (field left empty) tests again, and the saved key brings OpenAI's voices into the voice picker
        var again = await server.OpenAsync("/settings");
        await again.ClickAsync("button[aria-label='Test connection: openai-speech']");
        await Assertions.Expect(again.Locator("[data-test-result='openai-speech']")).ToContainTextAsync("Connection works", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await MudControls.PickAsync(again, "Default voice", "(openai:nova)");
        await StudioServer.ScreenshotAsync(again, "settings-speech-keys");
        await page.Context.CloseAsync();
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task ElevenLabsKey_TestConnectionListsTheAccountsVoices_AndRefusedKeySaysSo()
    {
        var page = await server.OpenAsync("/settings");
        var result = page.Locator("[data-test-result='elevenlabs']");

        await MudControls.TypeAsync(page, "#elevenlabs-key", "xi-refused-key");
        await page.ClickAsync("button[aria-label='Test connection: elevenlabs']");
        await Assertions.Expect(result).ToContainTextAsync("Connection failed: The ElevenLabs speech key was refused (HTTP 401: Invalid API key)", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });

        await MudControls.TypeAsync(page, "#elevenlabs-key", server.Speech.ElevenLabsKey);
        await page.ClickAsync("button[aria-label='Test connection: elevenlabs']");
        await Assertions.Expect(result).ToContainTextAsync("Connection works: ElevenLabs: 2 voices (Rachel, Adam).", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        Assert.Contains(server.Speech.Requests, r => r.Path == "/v1/voices" && r.Headers.TryGetValue("xi-api-key", out var sent) && sent == server.Speech.ElevenLabsKey);
        await page.Context.CloseAsync();
    }
}
