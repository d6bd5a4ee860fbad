namespace Reelforge.Studio.Tests;

/// <summary>The accessible-name check itself catches what it should, so a clean page really is clean.</summary>
public sealed class AccessibilityCheckTests(StudioServer server) : IClassFixture<StudioServer>
{
    [Fact]
    public async Task UnnamedControls_FindsAnInputAndAnIconButtonWithoutNames()
    {
        var page = await server.OpenAsync("/tasks");
        await page.EvaluateAsync("""
            () => {
              const main = document.querySelector('h1').parentElement;
              main.insertAdjacentHTML('beforeend', '<input id="bare" type="text"><button id="icon"><svg width="10" height="10"></svg></button><label>Named <input id="named"></label>');
            }
            """);
        var unnamed = await Accessibility.UnnamedControlsAsync(page);
        Assert.Equal(2, unnamed.Count);
        Assert.Contains(unnamed, h => h.Contains("id=\"bare\"", StringComparison.Ordinal));
        Assert.Contains(unnamed, h => h.Contains("id=\"icon\"", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
