using Microsoft.Playwright;

namespace CapabilityAssessment.Tests.Browser;

// RunAndWaitForNavigationAsync is marked obsolete in favour of WaitForURLAsync, which cannot tell a post that comes
// back to the same address (PRG to the page itself) from no navigation at all; so it stays, on purpose.
#pragma warning disable CS0612

/// <summary>Moving through pages as a keyboard-only person does: Tab to a thing, then Enter or Space.</summary>
public static class KeyboardOnly
{
    public static async Task TabUntilAsync(IPage page, string condition, int limit = 300)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition)) return;
        }
        throw new InvalidOperationException($"Tabbing on {page.Url} never reached: {condition}");
    }

    /// <summary>
    /// Tabs to the link or button with exactly this text and presses Enter, waiting for the next page.
    /// </summary>
    public static async Task ActivateAsync(IPage page, string text)
    {
        var literal = System.Text.Json.JsonSerializer.Serialize(text);
        await TabUntilAsync(page, $"document.activeElement.textContent.trim() === {literal}");
        // A post can come back to the same address (PRG to the page itself), so wait for the navigation, not a new URL.
        await page.RunAndWaitForNavigationAsync(() => page.Keyboard.PressAsync("Enter"));
        await page.WaitForLoadStateAsync();
    }

    /// <summary>
    /// Tabs to the field with this id and types (a select chooses the option whose label starts with the text).
    /// </summary>
    public static async Task FillAsync(IPage page, string id, string text)
    {
        await TabUntilAsync(page, $"document.activeElement.id === '{id}'");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Answers every module page the link offers with the keyboard (radio groups: Space, arrows), then
    /// submits on the review page; returns how many module pages there were.</summary>
    public static async Task<int> AnswerEverythingAsync(IPage page)
    {
        await ActivateAsync(page, "Continue");
        var modules = 0;
        while (page.Url.Contains("/m/"))
        {
            modules++;
            await TabUntilAsync(page, "document.activeElement.type === 'radio'");
            while (await page.EvaluateAsync<bool>("document.activeElement.type === 'radio'"))
            {
                await page.Keyboard.PressAsync("Space");
                await page.Keyboard.PressAsync("ArrowRight");
                await page.Keyboard.PressAsync("Tab");
            }
            Assert.Equal("Save and continue",
                await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
            await page.RunAndWaitForNavigationAsync(() => page.Keyboard.PressAsync("Enter"));
            await page.WaitForLoadStateAsync();
        }
        Assert.EndsWith("/review", page.Url);
        await ActivateAsync(page, "Submit my answers");
        return modules;
    }
}
