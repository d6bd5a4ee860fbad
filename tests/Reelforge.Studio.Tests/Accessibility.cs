using Microsoft.Playwright;

namespace Reelforge.Studio.Tests;

/// <summary>Every control a user can operate has an accessible name: a label, aria-label(ledby), title or its own text.</summary>
public static class Accessibility
{
    private const string Script = """
        () => {
          const controls = [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button, [role=button], a[href], [role=combobox], [role=slider], [role=checkbox], [role=radio]')];
          const visible = (e) => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length) || e.type === 'file';
          const named = (e) => {
            if ((e.getAttribute('aria-label') || '').trim()) return true;
            const by = e.getAttribute('aria-labelledby');
            if (by && by.split(/\s+/).some(id => (document.getElementById(id)?.textContent || '').trim())) return true;
            if (e.labels && [...e.labels].some(l => l.textContent.trim())) return true;
            if (e.closest('label') && e.closest('label').textContent.trim()) return true;
            if ((e.getAttribute('title') || '').trim()) return true;
            if (['button', 'a'].includes(e.tagName.toLowerCase()) || ['button'].includes(e.getAttribute('role'))) {
              if (e.textContent.trim()) return true;
            }
            if (e.tagName.toLowerCase() === 'input' && ['submit', 'button'].includes(e.type) && e.value) return true;
            if ((e.getAttribute('placeholder') || '').trim() && e.tagName.toLowerCase() !== 'input') return true;
            return false;
          };
          return controls.filter(visible).filter(e => !named(e)).map(e => e.outerHTML.slice(0, 200));
        }
        """;

    /// <summary>The controls on the page without an accessible name (outer HTML, shortened).</summary>
    public static async Task<IReadOnlyList<string>> UnnamedControlsAsync(IPage page) => await page.EvaluateAsync<string[]>(Script);
}
