using Microsoft.Playwright;
using static CapabilityAssessment.Tests.Browser.KeyboardOnly;
using static Microsoft.Playwright.Assertions;

namespace CapabilityAssessment.Tests.Browser;

/// <summary>
/// Issue 15's journey: from the front door to the report, three people of one firm, keyboard only at 360 px.
/// </summary>
public sealed class a_firm_does_it_all_in_chromium(Chromium chromium, AssessmentsLive live)
    : IClassFixture<Chromium>, IClassFixture<AssessmentsLive>
{
    // The pages each role answers in the questionnaire new assessments use (the latest published dcvn).
    private static readonly CapabilityAssessment.Instruments.InstrumentDefinition Dcvn =
        new CapabilityAssessment.Instruments.InstrumentCatalog(CapabilityAssessment.Instruments.InstrumentFolder.Load(
                CapabilityAssessment.Instruments.InstrumentLocations.From(
                    new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), RepositoryRoot.Path).Folder,
                        seeds: null)
            .Where(l => l.IsValid)).Latest("dcvn")!;

    private static int Pages(string role) =>
        CapabilityAssessment.Assessments.InstrumentForms.ModulesFor(Dcvn, role).Count();

    private static BrowserNewContextOptions Phone(bool javaScript) =>
        new() { ViewportSize = new() { Width = 360, Height = 740 }, JavaScriptEnabled = javaScript, BypassCSP = true };

    [Fact]
    public async Task three_colleagues_answer_and_read_the_report_with_the_keyboard_only_at_360_px()
    {
        await using var owner = await chromium.NewContextAsync(Phone(javaScript: true));
        var page = await owner.NewPageAsync();
        await StartAsync(page, "Kotka Keyboards Oy");
        var team = await InviteAsync(page, "Management-team member");
        var head = await InviteAsync(page, "Function head (e.g. head of sales, R&D or purchasing)");

        await page.GotoAsync(Overview(page.Url));
        Assert.Equal(Pages("managing_director"), await AnswerEverythingAsync(page));
        await Expect(page.Locator("main")).ToContainTextAsync("1 of 3 respondents have submitted so far");
        foreach (var (link, modules) in new[] { (team, Pages("management_team")), (head, Pages("function_head")) })
        {
            await using var colleague = await chromium.NewContextAsync(Phone(javaScript: true));
            var other = await colleague.NewPageAsync();
            await other.GotoAsync(link);
            Assert.Equal(modules, await AnswerEverythingAsync(other));
        }

        await page.ReloadAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("The report is ready");
        await ActivateAsync(page, "Read the report");
        Assert.Contains("/r/", page.Url);
        await Expect(page.Locator("main")).ToContainTextAsync("Kotka Keyboards Oy");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360,
            "the report scrolls sideways at 360 px");
    }

    [Fact]
    public async Task the_same_works_without_javascript_and_the_owner_closes_with_the_rule_stated()
    {
        await using var owner = await chromium.NewContextAsync(Phone(javaScript: false));
        var page = await owner.NewPageAsync();
        await StartAsync(page, "Script Free Oy");
        var team = await InviteAsync(page, "Management-team member");
        var head = await InviteAsync(page, "Function head (e.g. head of sales, R&D or purchasing)");
        await page.GotoAsync(Overview(page.Url));
        await AnswerEverythingAsync(page);
        await using (var colleague = await chromium.NewContextAsync(Phone(javaScript: false)))
        {
            var other = await colleague.NewPageAsync();
            await other.GotoAsync(team);
            await AnswerEverythingAsync(other);
        }

        await ActivateAsync(page, "Invite colleagues and see who has answered");
        await Expect(page.Locator("#close-rule")).ToContainTextAsync("Closing now scores 2 of 3 respondents");
        await ActivateAsync(page, "Close and build the report");
        await ActivateAsync(page, "Read the report");
        await Expect(page.Locator("main")).ToContainTextAsync("Script Free Oy");

        await using var late = await chromium.NewContextAsync(Phone(javaScript: false));
        var latePage = await late.NewPageAsync();
        await latePage.GotoAsync(head);
        await Expect(latePage.Locator("h1")).ToHaveTextAsync("The report is ready");
    }

    [Fact]
    public async Task a_colleague_reads_the_firm_profile_but_cannot_change_it_and_a_revoked_link_says_whom_to_ask()
    {
        await using var owner = await chromium.NewContextAsync(Phone(javaScript: true));
        var page = await owner.NewPageAsync();
        await StartAsync(page, "Profile Keepers Oy");
        var head = await InviteAsync(page, "Function head (e.g. head of sales, R&D or purchasing)");

        await using var colleague = await chromium.NewContextAsync(Phone(javaScript: true));
        var other = await colleague.NewPageAsync();
        await other.GotoAsync(head + "/firm");
        await Expect(other.Locator("main dl")).ToContainTextAsync("Profile Keepers Oy");
        Assert.Equal(0, await other.Locator("main input[name=name]").CountAsync());
        await Axe.AssertCleanAsync(other);

        await page.GotoAsync(page.Url.Split('#')[0]);
        await ActivateAsync(page, "Revoke link");
        await Expect(page.Locator("table.members")).ToContainTextAsync("link revoked");
        var refused = await other.GotoAsync(head);
        Assert.Equal(404, refused!.Status);
        await Expect(other.Locator("main")).ToContainTextAsync("ask the colleague who invited you");
        await Axe.AssertCleanAsync(other);
    }

    /// <summary>
    /// The front door's form, by keyboard: dcvn and English are preselected; name, country, industry, size.
    /// </summary>
    private async Task StartAsync(IPage page, string firm)
    {
        await page.GotoAsync(live.Url("/?lang=en"));
        await FillAsync(page, "firm-name", firm);
        await FillAsync(page, "firm-country", "Finland");
        await FillAsync(page, "firm-industry", "C");
        await FillAsync(page, "firm-employees", "40");
        await ActivateAsync(page, "Start the assessment");
        Assert.Matches("/a/[^/]+\\?lang=en$", page.Url);
        await Expect(page.Locator(".bar .brand")).ToHaveTextAsync(firm);
    }

    /// <summary>
    /// From the owner's overview or team page: chooses the role by typing, creates the link, reads it once.
    /// </summary>
    private static async Task<string> InviteAsync(IPage page, string role)
    {
        if (!page.Url.Contains("/team")) await ActivateAsync(page, "Invite colleagues and see who has answered");
        await FillAsync(page, "invite-role", role[..8]);
        await ActivateAsync(page, "Create a link");
        await Expect(page.Locator("#issued-title")).ToContainTextAsync(role);
        return await page.Locator("#issued-url").InputValueAsync();
    }

    private static string Overview(string url) => url.Split("/team")[0].Split('?')[0];
}
