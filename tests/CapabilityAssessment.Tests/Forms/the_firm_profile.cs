using System.Net;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Forms;

[Collection("app")]
public sealed class the_firm_profile(AppFixture app)
{
    [Fact]
    public async Task only_the_owner_may_change_it_and_a_colleagues_change_is_refused_by_the_rules()
    {
        var owner = await FormBrowser.StartAsync(app.Host);
        using var scope = app.Host.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<AssessmentCommands>();
        var ownerState = await OpenAsync(owner.Token);
        var (_, link) = await commands.InviteAsync(ownerState.Id, "management_team", "test", default);
        var moved = new FirmProfile("Moved Oy", "SE", "J", 5000);

        var colleague = await commands.DecideAsync(ownerState.Id, (s, _) =>
            AssessmentRules.SaveFirmProfile(s, link!.RespondentId, moved, commands.Now), default);
        var byOwner = await commands.DecideAsync(ownerState.Id, (s, _) =>
            AssessmentRules.SaveFirmProfile(s, ownerState.OwnerRespondent!.Value, moved with { Name = "Renamed Oy" },
                commands.Now), default);

        Assert.Equal(["FIRM_PROFILE_OWNER_ONLY"], colleague.Problems.Select(p => p.Code));
        Assert.True(byOwner.Succeeded);
        Assert.Equal("Renamed Oy", (await commands.LoadAsync(ownerState.Id, default))!.Firm.Name);
    }

    [Fact]
    public async Task a_colleague_sees_it_read_only_and_cannot_post_it()
    {
        var owner = await FormBrowser.StartAsync(app.Host);
        using var scope = app.Host.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<AssessmentCommands>();
        var (_, link) = await commands.InviteAsync((await OpenAsync(owner.Token)).Id, "function_head", "test", default);
        var colleague = FormBrowser.For(app.Host, link!.Token);

        await colleague.GetAsync($"/a/{colleague.Token}/firm");
        Assert.Contains("<dd>Acme Oy</dd>", colleague.LastHtml);
        Assert.DoesNotContain("name=\"name\"", colleague.LastHtml);
        await colleague.GetAsync($"/a/{colleague.Token}/review"); // a page with a form, for the antiforgery token
        var response = await colleague.PostAsync($"/a/{colleague.Token}/firm",
            [KeyValuePair.Create("name", "Hijacked Oy"), KeyValuePair.Create("country", "SE"),
                KeyValuePair.Create("industry", "J")]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("FIRM_PROFILE_OWNER_ONLY", colleague.LastHtml);
        await owner.GetAsync($"/a/{owner.Token}/firm");
        Assert.Contains("value=\"Acme Oy\"", owner.LastHtml);
    }

    [Fact]
    public async Task every_wrong_field_is_named_at_once_in_the_respondents_language()
    {
        var owner = await FormBrowser.StartAsync(app.Host, language: "fi");
        await owner.GetAsync($"/a/{owner.Token}/firm");

        var response = await owner.PostAsync($"/a/{owner.Token}/firm", [KeyValuePair.Create("name", ""),
            KeyValuePair.Create("country", "XX"), KeyValuePair.Create("industry", "C"),
            KeyValuePair.Create("employees", "paljon")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(owner.LastHtml);
        Assert.Contains("<a href=\"#firm-name\">Yrityksen nimi:", html);
        Assert.Contains("<a href=\"#firm-country\">Maa:", html);
        Assert.Contains("<a href=\"#firm-employees\">Henkilöstön määrä:", html);
        Assert.Equal("Acme Oy", (await OpenAsync(owner.Token)).Firm.Name);
    }

    private async Task<Assessment> OpenAsync(string token)
    {
        using var scope = app.Host.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<Marten.IDocumentStore>();
        var principal = await CapabilityAssessment.Access.CurrentPrincipal.ForTokenAsync(store, token,
            DateTimeOffset.UtcNow, default);
        return (await scope.ServiceProvider.GetRequiredService<AssessmentCommands>()
            .LoadAsync(principal!.AssessmentId!.Value, default))!;
    }
}
