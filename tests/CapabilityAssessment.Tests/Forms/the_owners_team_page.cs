using System.Net;
using System.Text.RegularExpressions;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Forms;

[Collection("app")]
public sealed partial class the_owners_team_page(AppFixture app)
{
    [Fact]
    public async Task invites_a_colleague_by_role_and_shows_the_absolute_link_once_with_a_message()
    {
        var owner = await FormBrowser.StartAsync(app.Host);
        await owner.GetAsync($"/a/{owner.Token}/team");

        var colleague = await InviteAsync(owner, "management_team");

        Assert.Contains("Management-team member", owner.LastHtml);
        Assert.Contains("Acme Oy is assessing how well we work with our partners",
            WebUtility.HtmlDecode(owner.LastHtml));
        await owner.GetAsync($"/a/{owner.Token}/team");
        Assert.DoesNotContain(colleague, owner.LastHtml);
        Assert.Contains("invited, not started", owner.LastHtml);
        var page = await FormBrowser.For(app.Host, colleague).GetAsync($"/a/{colleague}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task is_the_owners_alone()
    {
        var owner = await FormBrowser.StartAsync(app.Host);
        await owner.GetAsync($"/a/{owner.Token}/team");
        var colleague = FormBrowser.For(app.Host, await InviteAsync(owner, "function_head"));

        var response = await colleague.GetAsync($"/a/{colleague.Token}/team");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only the person who started this assessment", colleague.LastHtml);
    }

    [Fact]
    public async Task a_revoked_link_no_longer_opens_the_form_and_says_whom_to_ask()
    {
        var owner = await FormBrowser.StartAsync(app.Host);
        await owner.GetAsync($"/a/{owner.Token}/team");
        var colleague = await InviteAsync(owner, "function_head");
        var id = RespondentIds().Matches(owner.LastHtml).Select(m => m.Groups[1].Value).Single();

        var revoked = await owner.PostAsync($"/a/{owner.Token}/team/{id}/revoke", []);

        Assert.Equal(HttpStatusCode.SeeOther, revoked.StatusCode);
        await owner.GetAsync($"/a/{owner.Token}/team");
        Assert.Contains("link revoked", owner.LastHtml);
        var visitor = FormBrowser.For(app.Host, colleague);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/a/{colleague}")).StatusCode);
        Assert.Contains("ask the colleague who invited you", visitor.LastHtml);
    }

    [Fact]
    public async Task a_new_link_replaces_the_old_one()
    {
        var owner = await FormBrowser.StartAsync(app.Host);
        await owner.GetAsync($"/a/{owner.Token}/team");
        var old = await InviteAsync(owner, "function_head");
        var id = RespondentIds().Matches(owner.LastHtml).Select(m => m.Groups[1].Value).Single();

        await owner.PostAsync($"/a/{owner.Token}/team/{id}/resend", []);
        await owner.GetAsync($"/a/{owner.Token}/team");
        var fresh = IssuedLink().Match(owner.LastHtml).Groups[1].Value;

        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.NotFound, (await FormBrowser.For(app.Host, old).GetAsync($"/a/{old}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await FormBrowser.For(app.Host, fresh).GetAsync($"/a/{fresh}")).StatusCode);
    }

    [Fact]
    public async Task states_the_closing_rule_and_closing_leads_every_link_to_the_report()
    {
        var owner = await FormBrowser.StartAsync(app.Host);
        await owner.GetAsync($"/a/{owner.Token}/team");
        var colleague = FormBrowser.For(app.Host, await InviteAsync(owner, "function_head"));
        await owner.GetAsync($"/a/{owner.Token}/team");
        Assert.Contains("nobody has yet", owner.LastHtml);
        Assert.DoesNotContain($"/a/{owner.Token}/team/close", owner.LastHtml);

        await AnswerAllAndSubmitAsync(owner, "managing_director");
        await owner.GetAsync($"/a/{owner.Token}");
        Assert.Contains("1 of 2 respondents have submitted so far", owner.LastHtml);
        await owner.GetAsync($"/a/{owner.Token}/team");
        Assert.Contains("Closing now scores 1 of 2 respondents", owner.LastHtml);
        var closed = await owner.PostAsync($"/a/{owner.Token}/team/close", []);

        Assert.Equal(HttpStatusCode.SeeOther, closed.StatusCode);
        await colleague.GetAsync($"/a/{colleague.Token}");
        Assert.Contains($"href=\"/r/{colleague.Token}\"", colleague.LastHtml);
        Assert.Contains("The report is ready", colleague.LastHtml);
    }

    private static async Task<string> InviteAsync(FormBrowser owner, string role)
    {
        var response = await owner.PostAsync($"/a/{owner.Token}/team/invite", [KeyValuePair.Create("role", role)]);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        await owner.GetAsync($"/a/{owner.Token}/team");
        var match = IssuedLink().Match(owner.LastHtml);
        Assert.True(match.Success, owner.LastHtml);
        return match.Groups[1].Value;
    }

    private async Task AnswerAllAndSubmitAsync(FormBrowser browser, string role)
    {
        // FormBrowser.StartAsync pins version 1.
        var instrument = app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;
        foreach (var module in CapabilityAssessment.Assessments.InstrumentForms.ModulesFor(instrument, role))
        {
            await browser.GetAsync($"/a/{browser.Token}/m/{module.Key}");
            var fields = CapabilityAssessment.Assessments.InstrumentForms.ItemIds(instrument, module)
                .Select(id => KeyValuePair.Create($"item.{id}", "3"))
                .Append(KeyValuePair.Create("version", browser.PageVersion().ToString()));
            Assert.Equal(HttpStatusCode.SeeOther, (await browser.PostAsync($"/a/{browser.Token}/m/{module.Key}",
                fields)).StatusCode);
        }
        await browser.GetAsync($"/a/{browser.Token}/review");
        Assert.Equal(HttpStatusCode.SeeOther, (await browser.PostAsync($"/a/{browser.Token}/submit", [])).StatusCode);
    }

    [GeneratedRegex("id=\"issued-url\" readonly value=\"http://localhost/a/([^\"]+)\"")]
    private static partial Regex IssuedLink();

    [GeneratedRegex("/team/([0-9a-f-]{36})/revoke")]
    private static partial Regex RespondentIds();
}
