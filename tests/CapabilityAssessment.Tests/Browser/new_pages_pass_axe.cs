using Microsoft.Playwright;

namespace CapabilityAssessment.Tests.Browser;

/// <summary>axe-core finds no violations on the pages issue 15 added or changed, at desktop and phone widths.</summary>
public sealed class new_pages_pass_axe(Chromium chromium, AssessmentsLive live) : IClassFixture<Chromium>,
    IClassFixture<AssessmentsLive>
{
    [Theory]
    [InlineData(1280, "en")]
    [InlineData(360, "en")]
    [InlineData(360, "fi")]
    public async Task every_page_of_a_self_service_assessment_is_clean(int width, string lang)
    {
        await using var context = await chromium.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 900 }, BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(live.Url($"/?lang={lang}"));
        await Axe.AssertCleanAsync(page);
        await page.Locator("button[type=submit]").Last.ClickAsync(); // nothing filled in: every field's error at once
        await Axe.AssertCleanAsync(page);

        await page.Locator("#firm-name").FillAsync("Axe Oy");
        await page.Locator("#firm-country").SelectOptionAsync("FI");
        await page.Locator("#firm-industry").SelectOptionAsync("C");
        await page.Locator("button[type=submit]").Last.ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/a/"));
        var home = page.Url.Split('?')[0];
        await Axe.AssertCleanAsync(page);

        await page.GotoAsync(home + "/team");
        await Axe.AssertCleanAsync(page);
        await page.Locator("#invite-role").SelectOptionAsync("function_head");
        await page.Locator("form[action$='/team/invite'] button").ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("#issued"));
        await Axe.AssertCleanAsync(page);

        foreach (var path in new[] { "/firm", "/m/cognitive", "/review" })
        {
            await page.GotoAsync(home + path);
            await Axe.AssertCleanAsync(page);
        }
        await page.Locator("form[action$='/submit'] button").ClickAsync(); // too early: the missing answers are listed
        await Axe.AssertCleanAsync(page);
    }

    [Fact]
    public async Task the_harness_does_see_a_violation()
    {
        await using var context = await chromium.NewContextAsync(new() { BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(live.Url("/"));
        await page.EvaluateAsync("document.querySelector('main').insertAdjacentHTML('beforeend', '<img " +
            "src=\"/favicon.svg\">')");
        Assert.Contains(await Axe.ViolationsAsync(page), v => v.StartsWith("image-alt:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_thank_you_and_closed_pages_are_clean()
    {
        await using var context = await chromium.NewContextAsync(
            new() { ViewportSize = new() { Width = 360, Height = 800 }, BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(live.Url("/?lang=en"));
        await page.Locator("#firm-name").FillAsync("Done Oy");
        await page.Locator("#firm-country").SelectOptionAsync("FI");
        await page.Locator("#firm-industry").SelectOptionAsync("C");
        await page.Locator("button[type=submit]").Last.ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/a/"));
        var home = page.Url.Split('?')[0];
        await page.GotoAsync(home + "/team");
        await page.Locator("#invite-role").SelectOptionAsync("function_head");
        await page.Locator("form[action$='/team/invite'] button").ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("#issued"));

        await page.GotoAsync(home);
        await KeyboardOnly.AnswerEverythingAsync(page);
        await Axe.AssertCleanAsync(page); // thank you, one colleague still to answer
        await page.GotoAsync(home + "/team");
        await page.Locator("form[action$='/team/close'] button").ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/team"));
        await Axe.AssertCleanAsync(page); // closed: the way to the report
    }
}
