using System.Net;
using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using CapabilityAssessment.Tests.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Reports;

/// <summary>
/// A self-service owner starts the firm's next assessment from the report; it is linked to the same firm.
/// </summary>
[Collection("app")]
public sealed class a_follow_up_from_the_report(AppFixture app)
{
    private async Task<(Guid FirmId, string Owner, string Colleague)> ClosedSelfServiceAsync()
    {
        using var scope = app.Host.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<AssessmentCommands>();
        var (started, owner) = await commands.StartAsync(Principal.Anonymous, "dcvn", 1,
            new FirmProfile("Follow Oy", "FI", "C"),
            "en", "managing_director", default);
        var id = started.AssessmentId;
        var (_, colleague) = await commands.InviteAsync(id, "management_team", "test", default);
        var v1 = ReportScenarios.Dcvn(app.Host);
        foreach (var link in new[] { owner!, colleague! })
        {
            var asked = InstrumentForms.ItemsFor(v1, link.Role);
            var answers = v1.Items.Where(i => asked.Contains(i.Id))
                .Select(i => (object)new { itemId = i.Id, value = 3 })
                .ToArray();
            var respondent = new AssessmentClient(app.Host, link.Token);
            var version = (await commands.LoadAsync(id, default))!.Version;
            Assert.Empty(AssessmentClient.Codes(await respondent.Save(version, answers)));
            await respondent.Data("mutation { submitResponse { version } }");
        }
        var state = (await commands.LoadAsync(id, default))!;
        Assert.Equal(AssessmentStatus.Closed, state.Status);
        return (state.FirmId, owner!.Token, colleague!.Token);
    }

    [Fact]
    public async Task the_owner_starts_a_follow_up_of_the_same_firm_on_the_latest_version()
    {
        var (firmId, ownerToken, _) = await ClosedSelfServiceAsync();
        var owner = FormBrowser.For(app.Host, ownerToken);

        await owner.GetAsync($"/r/{ownerToken}");
        Assert.Contains("Start a follow-up assessment", owner.LastHtml);
        var posted = await owner.PostAsync($"/r/{ownerToken}/follow-up?lang=en", []);

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/a/", location);
        var newToken = Uri.UnescapeDataString(location[3..].Split('?')[0]);
        var firm = await new AssessmentClient(app.Host, newToken).Data(
            "query($f: ID!) { firm(id: $f) { assessments { instrumentVersion status } } }", new { f = firmId });
        var assessments = firm.GetProperty("firm").GetProperty("assessments").EnumerateArray()
            .Select(a => (a.GetProperty("instrumentVersion").GetInt32(), a.GetProperty("status").GetString())).ToList();
        Assert.Equal([(1, "CLOSED"), (2, "OPEN")], assessments);
    }

    [Fact]
    public async Task a_colleague_neither_sees_the_way_to_a_follow_up_nor_may_start_one()
    {
        var (firmId, _, colleagueToken) = await ClosedSelfServiceAsync();
        var colleague = FormBrowser.For(app.Host, colleagueToken);

        await colleague.GetAsync($"/r/{colleagueToken}");
        Assert.DoesNotContain("Start a follow-up assessment", colleague.LastHtml);
        await colleague.GetAsync("/"); // any page with a form gives the browser an antiforgery token
        var posted = await colleague.PostAsync($"/r/{colleagueToken}/follow-up", []);
        var firm = await new AssessmentClient(app.Host, colleagueToken)
            .Send("query($f: ID!) { firm(id: $f) { id } }", new { f = firmId });

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(["FIRM_NOT_FOUND"], AssessmentClient.Codes(firm));
    }
}
