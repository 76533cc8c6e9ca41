using CapabilityAssessment.Access;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Access;

/// <summary>
/// Respondent and report links expire Access:LinkDaysAfterClose (180 by default) after the assessment closes.
/// </summary>
[Collection("app")]
public sealed class links_expire_after_closing(AppFixture app)
{
    [Fact]
    public async Task closing_sets_live_links_to_expire_after_180_days_and_reopening_lifts_that_but_not_a_revocation()
    {
        var dcvn = app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;
        var consultant = await AssessmentClient.Consultant(app.Host, "expiry");
        var (id, token) = await consultant.Start();
        var invited = await consultant.Data(
            "mutation($id: ID!) { inviteRespondent(assessmentId: $id, role: \"management_team\") { token } }",
            new { id });
        var revoked = invited.GetProperty("inviteRespondent").GetProperty("token").GetString()!;
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            var link = await session.LoadAsync<RespondentLink>(RespondentLink.IdFor(revoked));
            session.Store(link! with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
            await session.SaveChangesAsync();
        }
        var respondent = consultant.As(token);
        var answers = dcvn.Items.Select((item, i) => (object)new { itemId = item.Id, value = i % 5 + 1 }).ToArray();
        Assert.Empty(AssessmentClient.Codes(await respondent.Save(3, answers)));
        await respondent.Data("mutation { submitResponse { version } }");
        var closedAt = DateTimeOffset.UtcNow;
        await consultant.Data("mutation($id: ID!) { closeAssessment(assessmentId: $id) { version } }", new { id });

        var links = await LinksAsync(id);
        var live = Assert.Single(links, l => l.Id == RespondentLink.IdFor(token));
        Assert.InRange(live.ExpiresAt!.Value, closedAt.AddDays(180).AddMinutes(-1),
            closedAt.AddDays(180).AddMinutes(1));
        var gone = Assert.Single(links, l => l.Id == RespondentLink.IdFor(revoked)).ExpiresAt;

        await consultant.Data("mutation($id: ID!) { reopenAssessment(assessmentId: $id, reason: \"one more answer\") " +
            "{ version } }",
            new { id });
        links = await LinksAsync(id);
        Assert.Null(Assert.Single(links, l => l.Id == RespondentLink.IdFor(token)).ExpiresAt);
        Assert.Equal(gone, Assert.Single(links, l => l.Id == RespondentLink.IdFor(revoked)).ExpiresAt);
    }

    private async Task<IReadOnlyList<RespondentLink>> LinksAsync(Guid id)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<RespondentLink>().Where(l => l.AssessmentId == id).ToListAsync();
    }
}
