using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CapabilityAssessment.Tests.Browser;

public sealed class whole_assessments_in_chromium(Chromium chromium, AssessmentsLive live) : IClassFixture<Chromium>,
    IClassFixture<AssessmentsLive>
{
    private const string Start = """
        mutation($i: String!) { startAssessment(instrumentVersion: 1, instrumentKey: $i, firm: { name: "Acme Oy", country: "FI", industry: "C", employees: 40 }) { assessmentId token } }
        """;
    private const string Invite =
        "mutation($id: ID!, $r: String!) { inviteRespondent(assessmentId: $id, role: $r) { token } }";
    private const string Status = "query($id: ID!) { assessment(id: $id) { status respondents { role submittedAt } } }";

    [Fact]
    public async Task one_respondent_completes_the_whole_orchestration_instrument_and_it_closes()
    {
        var link = (await live.DataAsync(Start, new { i = "orchestration" })).GetProperty("startAssessment");
        var token = link.GetProperty("token").GetString()!;

        var modules = await CompleteAsync(token, "orchestration");

        Assert.Equal(["orchestration", "coordination", "search_and_intermediaries", "digital"], modules);
        var view = await live.DataAsync(Status, new { id = link.GetProperty("assessmentId").GetGuid() }, token);
        Assert.Equal("CLOSED", view.GetProperty("assessment").GetProperty("status").GetString());
    }

    [Fact]
    public async Task three_respondents_complete_their_own_dcvn_modules_and_the_assessment_closes_after_the_third()
    {
        var consultant = await live.ConsultantKeyAsync("acme");
        var start = (await live.DataAsync(Start, new { i = "dcvn" }, consultant)).GetProperty("startAssessment");
        var id = start.GetProperty("assessmentId").GetGuid();
        string InvitedToken(System.Text.Json.JsonElement data) =>
            data.GetProperty("inviteRespondent").GetProperty("token").GetString()!;
        var team = InvitedToken(await live.DataAsync(Invite, new { id, r = "management_team" }, consultant));
        var head = InvitedToken(await live.DataAsync(Invite, new { id, r = "function_head" }, consultant));

        Assert.Equal(["cognitive", "managerial", "organisational", "dynamic_capability", "value_net_inventory"],
            await CompleteAsync(start.GetProperty("token").GetString()!, "dcvn-managing-director"));
        Assert.Equal(["cognitive", "managerial", "organisational", "dynamic_capability"],
            await CompleteAsync(team, "dcvn-management-team"));
        Assert.Equal("OPEN", await StatusAsync(id, consultant));
        Assert.Equal(["organisational", "dynamic_capability"], await CompleteAsync(head, "dcvn-function-head"));

        var view = (await live.DataAsync(Status, new { id }, consultant)).GetProperty("assessment");
        Assert.Equal("CLOSED", view.GetProperty("status").GetString());
        Assert.Equal(["managing_director", "management_team", "function_head"],
            view.GetProperty("respondents").EnumerateArray().Select(r => r.GetProperty("role").GetString()));
        Assert.All(view.GetProperty("respondents").EnumerateArray(),
            r => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, r.GetProperty("submittedAt").ValueKind));
    }

    private async Task<string?> StatusAsync(Guid id, string bearer) =>
        (await live.DataAsync(Status, new { id }, bearer)).GetProperty("assessment").GetProperty("status").GetString();

    /// <summary>
    /// Answers every page the respondent's link offers in its own browser, submits, and returns the modules seen.
    /// </summary>
    private async Task<List<string>> CompleteAsync(string token, string shots)
    {
        await using var context = await chromium.NewContextAsync(
            new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(live.Url("/a/" + token));
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/m/"));
        var modules = new List<string>();
        while (page.Url.Contains("/m/"))
        {
            modules.Add(new Uri(page.Url).AbsolutePath.Split('/')[^1]);
            var items = page.Locator("fieldset.item");
            var count = await items.CountAsync();
            Assert.True(count > 0, $"{page.Url} has no items");
            for (var i = 0; i < count; i++) await items.Nth(i).Locator("input[type=radio]").Nth(i % 3).CheckAsync();
            if (modules.Count == 1) await page.ScreenshotAsync(new() { Path = Shot($"{shots}-module.png") });
            var current = page.Url;
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await page.WaitForURLAsync(u => u != current);
            await page.WaitForLoadStateAsync();
        }
        Assert.EndsWith("/review", page.Url);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Review and submit");
        await page.ScreenshotAsync(new() { Path = Shot($"{shots}-review.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await Expect(page.Locator("h1"))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Thank you|The report is ready)$"));
        await page.ScreenshotAsync(new() { Path = Shot($"{shots}-done.png") });
        return modules;
    }

    private static string Shot(string name) => System.IO.Path.Combine(Chromium.ScreenshotFolder, name);
}
