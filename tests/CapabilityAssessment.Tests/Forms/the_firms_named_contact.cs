using System.Net;
using System.Text.Json;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Tests.Fieldwork;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Forms;

/// <summary>
/// Issue #15: the contact a consultant names gets the owner's page; the first respondent and colleagues do not.
/// </summary>
[Collection("app")]
public sealed class the_firms_named_contact(AppFixture app)
{
    private const string Name = """
        mutation($id: ID!, $n: String!) { nameFirmContact(assessmentId: $id, name: $n, role: "function_head") { respondentId token url } }
        """;

    [Fact]
    public async Task gets_the_owners_page_while_the_first_respondent_of_a_consultants_assessment_does_not()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "contacts");
        var (id, first) = await consultant.Start();
        Assert.Equal(HttpStatusCode.Forbidden, (await FormBrowser.For(app.Host, first)
            .GetAsync($"/a/{first}/team")).StatusCode);

        var link = (await consultant.Data(Name, new { id, n = " Maija Meikäläinen " }))
            .GetProperty("nameFirmContact");
        var contact = FormBrowser.For(app.Host, link.GetProperty("token").GetString()!);

        Assert.Equal($"http://localhost/a/{contact.Token}", link.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, (await contact.GetAsync($"/a/{contact.Token}/team")).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther,
            (await contact.PostAsync($"/a/{contact.Token}/team/invite",
                [KeyValuePair.Create("role", "management_team")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await FormBrowser.For(app.Host, first)
            .GetAsync($"/a/{first}/team")).StatusCode);
        var state = await LoadAsync(id);
        Assert.Equal("Maija Meikäläinen", state.ContactName);
        Assert.Equal(link.GetProperty("respondentId").GetGuid(), state.OwnerRespondent);
    }

    [Fact]
    public async Task alone_keeps_the_firm_profile_and_manages_the_team_through_graphql()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "contacts");
        var (id, first) = await consultant.Start();
        var token = (await consultant.Data(Name, new { id, n = "Maija" }))
            .GetProperty("nameFirmContact")
            .GetProperty("token")
            .GetString()!;
        using var scope = app.Host.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<AssessmentCommands>();
        var state = await LoadAsync(id);
        var moved = new FirmProfile("Moved Oy", "SE", "J", 5000);

        var byFirst = await commands.DecideAsync(id, (s, _) =>
            AssessmentRules.SaveFirmProfile(s, state.Respondents[0].Id, moved, commands.Now), default);
        var byContact = await commands.DecideAsync(id, (s, _) =>
            AssessmentRules.SaveFirmProfile(s, state.ContactRespondent!.Value, moved, commands.Now), default);
        const string invite =
            "mutation($id: ID!) { inviteRespondent(assessmentId: $id, role: \"function_head\") { token } }";

        Assert.Equal(["FIRM_PROFILE_OWNER_ONLY"], byFirst.Problems.Select(p => p.Code));
        Assert.True(byContact.Succeeded);
        Assert.Equal(JsonValueKind.String, (await consultant.As(token).Data(invite, new { id }))
            .GetProperty("inviteRespondent").GetProperty("token").ValueKind);
        Assert.Equal(["ASSESSMENT_NOT_FOUND"], AssessmentClient.Codes(await consultant.As(first)
            .Send(invite, new { id })));
        Assert.Equal(["FORBIDDEN"], AssessmentClient.Codes(await consultant.As(token)
            .Send(Name, new { id, n = "Someone Else" })));
    }

    [Fact]
    public async Task can_be_named_when_the_consultant_starts_the_assessment()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "contacts");
        var link = (await consultant.Data("""
            mutation { startAssessment(instrumentVersion: 1, instrumentKey: "dcvn", contactName: "Maija",
              firm: { name: "Acme Oy", country: "FI", industry: "C" }) { token } }
            """)).GetProperty("startAssessment");
        var contact = FormBrowser.For(app.Host, link.GetProperty("token").GetString()!);

        Assert.Equal(HttpStatusCode.OK, (await contact.GetAsync($"/a/{contact.Token}/team")).StatusCode);
    }

    [Fact]
    public async Task a_bad_name_or_a_self_service_assessment_is_refused_with_a_clear_code_and_nothing_written()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "contacts");
        var (id, _) = await consultant.Start();
        var selfService = await consultant.As(null).Send("""
            mutation { startAssessment(instrumentKey: "dcvn", contactName: "Maija", firm: { name: "Own Oy", country: "FI", industry: "C" }) { token } }
            """);

        Assert.Equal(["INVALID_CONTACT_NAME"], AssessmentClient.Codes(
            await consultant.Send(Name, new { id, n = "  " })));
        Assert.Equal(["INVALID_CONTACT_NAME"], AssessmentClient.Codes(
            await consultant.Send(Name, new { id, n = "Bad\u0000Name" })));
        Assert.Equal(["INVALID_CONTACT_NAME"], AssessmentClient.Codes(
            await consultant.Send(Name, new { id, n = new string('x', 121) })));
        Assert.Equal(["SELF_SERVICE_CONTACT"], AssessmentClient.Codes(selfService));
        Assert.Equal(2, (await LoadAsync(id)).Version);
    }

    private async Task<Assessment> LoadAsync(Guid id) =>
        (await AssessmentReads.LatestAsync(app.Host.Services.GetRequiredService<IDocumentStore>(), id, default))!;
}
