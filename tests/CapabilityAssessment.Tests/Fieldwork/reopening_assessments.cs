using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Fieldwork;

[Collection("app")]
public sealed class reopening_assessments(AppFixture app)
{
    private const string Reopen =
        "mutation($id: ID!, $r: String!) { reopenAssessment(assessmentId: $id, reason: $r) { version } }";
    private const string Invite =
        "mutation($id: ID!, $r: String!) { inviteRespondent(assessmentId: $id, role: $r) { token role } }";

    private object[] EveryAnswer()
    {
        var dcvn = app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;
        return [.. dcvn.Modules.SelectMany(m => m.Constructs).SelectMany(c => dcvn.FindConstruct(c)!.Items)
            .Select((item, i) => (object)new { itemId = item.Id, value = i % 5 + 1 })];
    }

    private async Task<(AssessmentClient Consultant, Guid Id)> ClosedAssessment()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, token) = await consultant.Start();
        var respondent = consultant.As(token);
        Assert.Empty(AssessmentClient.Codes(await respondent.Save(2, EveryAnswer())));
        await respondent.Data("mutation { submitResponse { version } }");
        return (consultant, id);
    }

    private static async Task<string?> Status(AssessmentClient client, Guid id) =>
        (await client.Data("query($id: ID!) { assessment(id: $id) { status } }", new { id }))
            .GetProperty("assessment")
            .GetProperty("status")
            .GetString();

    [Fact]
    public async Task a_closed_assessment_reopens_with_a_reason_and_takes_another_respondent()
    {
        var (consultant, id) = await ClosedAssessment();
        Assert.Equal("CLOSED", await Status(consultant, id));

        var reopened = await consultant.Data(Reopen, new { id, r = "The management team was left out." });
        Assert.Equal(6, reopened.GetProperty("reopenAssessment").GetProperty("version").GetInt64());
        Assert.Equal("OPEN", await Status(consultant, id));

        var invited = await consultant.Data(Invite, new { id, r = "management_team" });
        Assert.Equal("management_team", invited.GetProperty("inviteRespondent").GetProperty("role").GetString());
        var colleague = consultant.As(invited.GetProperty("inviteRespondent").GetProperty("token").GetString());
        Assert.Empty(AssessmentClient.Codes(await colleague.Save(7, [new { itemId = "ca1", value = 4 }])));
        var view = await consultant.Data("query($id: ID!) { assessment(id: $id) { respondents { role } } }",
            new { id });
        Assert.Equal(2, view.GetProperty("assessment").GetProperty("respondents").GetArrayLength());
    }

    [Fact]
    public async Task reopening_an_open_assessment_is_refused()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, _) = await consultant.Start();
        var body = await consultant.Send(Reopen, new { id, r = "Just because." });
        Assert.Equal(["ASSESSMENT_OPEN"], AssessmentClient.Codes(body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Because\0 of a NUL")]
    public async Task reopening_without_a_reason_is_refused_and_the_assessment_stays_closed(string reason)
    {
        var (consultant, id) = await ClosedAssessment();
        var body = await consultant.Send(Reopen, new { id, r = reason });
        Assert.Equal(["REASON_REQUIRED"], AssessmentClient.Codes(body));
        Assert.Equal("reason", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field")
            .GetString());
        Assert.Equal("CLOSED", await Status(consultant, id));
    }

    [Fact]
    public async Task the_reopen_event_is_in_the_history_with_its_reason_and_who_reopened()
    {
        var (consultant, id) = await ClosedAssessment();
        await consultant.Data(Reopen, new { id, r = "  A late answer from the sales director.  " });

        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var history = await session.Events.FetchStreamAsync(id);
        Assert.Equal(["AssessmentStarted", "RespondentInvited", "AnswersSaved", "ResponseSubmitted", "AssessmentClosed",
            "AssessmentReopened"],
            history.Select(e => e.Data.GetType().Name));
        var reopened = Assert.IsType<AssessmentReopened>(history[^1].Data);
        Assert.Equal("A late answer from the sales director.", reopened.Reason);
        Assert.StartsWith("key:", reopened.ReopenedBy, StringComparison.Ordinal);
        Assert.Equal(6, history[^1].Version);
    }
}
