using Microsoft.Playwright;

namespace Reelforge.Studio.Tests;

/// <summary>Driving MudBlazor controls the way a user does: type then leave the field, open a select and pick.</summary>
public static class MudControls
{
    /// <summary>Types into a field and leaves it (MudBlazor fields commit their value on change).</summary>
    public static async Task TypeAsync(IPage page, string selector, string text)
    {
        var field = page.Locator(selector);
        await field.FillAsync(text);
        await field.PressAsync("Tab");
    }

    /// <summary>Opens the select labelled <paramref name="label"/> and picks <paramref name="option"/>.</summary>
    public static async Task PickAsync(IPage page, string label, string option)
    {
        var select = page.Locator(".mud-select").Filter(new LocatorFilterOptions
        {
            Has = page.Locator("label", new PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(label)}$") }),
        });
        await select.First.ClickAsync();
        var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option });
        await item.First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}
