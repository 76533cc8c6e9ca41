using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CapabilityAssessment.Tests.Browser;

public sealed class the_form_in_chromium(Chromium chromium, FormsLive live) : IClassFixture<Chromium>,
    IClassFixture<FormsLive>
{
    private static string Shot(string name) => System.IO.Path.Combine(Chromium.ScreenshotFolder, name);

    [Fact]
    public async Task a_managing_director_completes_the_whole_instrument_with_the_keyboard_only()
    {
        var link = await live.StartAsync();
        await using var context = await chromium.NewContextAsync(
            new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(live.Url(link));
        await page.ScreenshotAsync(new() { Path = Shot("form-overview.png"), FullPage = true });

        await TabUntil(page, "document.activeElement.textContent === 'Continue'");
        var continueTo = await page.EvaluateAsync<string>("document.activeElement.href");
        Assert.Contains("/m/", continueTo);
        await page.Keyboard.PressAsync("Enter");
        // Under the whole suite's load headless Chromium has (3 times in 12 full runs, never alone) not navigated on
        // this first Enter, right after the full-page screenshot; the link is plain, so a second Enter on the same
        // focused link is the same user action. A page that never loads still fails below.
        // Or it navigated just after the wait gave up (the focus then is on the new page): press only if still there.
        try { await page.WaitForURLAsync(u => u.Contains("/m/"), new() { Timeout = 20_000 }); }
        catch (TimeoutException)
        {
            if (await page.EvaluateAsync<string?>("document.activeElement.href ?? null") == continueTo)
                await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(u => u.Contains("/m/"));
        }
        var modules = 0;
        while (true)
        {
            await page.WaitForLoadStateAsync();
            if (!page.Url.Contains("/m/")) break;
            modules++;
            await TabUntil(page, "document.activeElement.type === 'radio'");
            if (modules == 1) await page.ScreenshotAsync(new() { Path = Shot("form-module.png") });
            while (await page.EvaluateAsync<bool>("document.activeElement.type === 'radio'"))
            {
                await page.Keyboard.PressAsync("Space");
                await page.Keyboard.PressAsync("ArrowRight");
                await page.Keyboard.PressAsync("ArrowRight");
                await page.Keyboard.PressAsync("Tab");
            }
            Assert.Equal("submit", await page.EvaluateAsync<string>("document.activeElement.type"));
            var current = page.Url;
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(u => u != current);
        }
        Assert.Equal(5, modules);
        Assert.EndsWith("/review", page.Url);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Review and submit");
        await page.ScreenshotAsync(new() { Path = Shot("form-review.png"), FullPage = true });
        await TabUntil(page, "document.activeElement.type === 'submit'", limit: 300); // past every answer's change link
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1"))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Thank you|The report is ready)$"));
    }

    [Fact]
    public async Task autosaved_answers_are_there_in_a_fresh_browser()
    {
        var link = await live.StartAsync();
        await using var first = await chromium.NewContextAsync();
        var page = await first.NewPageAsync();
        await page.GotoAsync(live.Url(link + "/m/cognitive"));
        var radios = page.Locator("fieldset.item");
        await radios.Nth(0).Locator("input[value='2']").CheckAsync();
        await radios.Nth(1).Locator("input[value='dk']").CheckAsync();
        await radios.Nth(2).Locator("input[value='5']").CheckAsync();
        await Expect(page.Locator("#save-status")).ToHaveTextAsync("Saved");
        await page.WaitForTimeoutAsync(1000);
        await Expect(page.Locator("#save-status")).ToHaveTextAsync("Saved");

        await using var second = await chromium.NewContextAsync();
        var again = await second.NewPageAsync();
        await again.GotoAsync(live.Url(link + "/m/cognitive"));
        var items = again.Locator("fieldset.item");
        await Expect(items.Nth(0).Locator("input[value='2']")).ToBeCheckedAsync();
        await Expect(items.Nth(1).Locator("input[value='dk']")).ToBeCheckedAsync();
        await Expect(items.Nth(2).Locator("input[value='5']")).ToBeCheckedAsync();
        await Expect(items.Nth(3).Locator("input:checked")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task without_javascript_a_page_saves_and_moves_on()
    {
        var link = await live.StartAsync();
        await using var context = await chromium.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(live.Url(link + "/m/cognitive"));
        await page.Locator("fieldset.item").Nth(0).Locator("input[value='4']").CheckAsync();
        await page.Locator("fieldset.item").Nth(1).Locator("input[value='1']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        await page.WaitForURLAsync(u => u.EndsWith("/m/managerial"));
        await page.GotoAsync(live.Url(link + "/m/cognitive"));
        await Expect(page.Locator("fieldset.item").Nth(0).Locator("input[value='4']")).ToBeCheckedAsync();
        await Expect(page.Locator("fieldset.item").Nth(1).Locator("input[value='1']")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task the_error_summary_lists_missing_answers_and_links_to_the_field()
    {
        var link = await live.StartAsync();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(live.Url(link + "/review"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();

        var summary = page.Locator("#error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        await page.ScreenshotAsync(new() { Path = Shot("form-error-summary.png") });
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/m/cognitive#q-"));
        var target = new Uri(page.Url).Fragment.TrimStart('#');
        await Expect(page.Locator($"#{target}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task a_360_pixel_wide_screen_has_no_horizontal_scroll()
    {
        var link = await live.StartAsync("A firm with a rather long name that must wrap on narrow screens Oy");
        await using var context = await chromium.NewContextAsync(
            new() { ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        foreach (var path in new[] { link, link + "/firm", link + "/m/cognitive", link + "/m/value_net_inventory",
            link + "/review" })
        {
            await page.GotoAsync(live.Url(path));
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360,
                $"{path} scrolls sideways");
        }
        await page.GotoAsync(live.Url(link + "/m/cognitive"));
        await page.ScreenshotAsync(new() { Path = Shot("form-module-360.png") });
    }

    private static async Task TabUntil(IPage page, string condition, int limit = 60)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition)) return;
        }
        throw new InvalidOperationException($"Tabbing never reached: {condition}");
    }
}
