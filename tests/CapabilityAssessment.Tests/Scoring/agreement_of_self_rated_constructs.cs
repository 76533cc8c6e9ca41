using System.Text.Json;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.Fieldwork;
using CapabilityAssessment.Tests.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Scoring;

/// <summary>
/// dcvn v2 through GraphQL and the report: self-rated constructs show a range of own scores, firm constructs rwg(j).
/// </summary>
[Collection("app")]
public sealed class agreement_of_self_rated_constructs(AppFixture app)
{
    private const double Exact = 1e-9;

    [Fact]
    public async Task a_self_rated_construct_shows_the_range_of_own_scores_and_a_firm_construct_rwg_under_both_nulls()
    {
        var v2 = app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 2)!;
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, ownerToken) = await consultant.Start(version: 2);
        var tokens = new List<(string Token, string Role, int Keyed)> { (ownerToken, "managing_director", 4) };
        foreach (var keyed in new[] { 2, 3 })
        {
            var invited =
                await consultant.Data("mutation($id: ID!) { inviteRespondent(assessmentId: $id, role: " +
                "\"management_team\") { token } }", new { id });
            tokens.Add((invited.GetProperty("inviteRespondent").GetProperty("token").GetString()!,
                "management_team", keyed));
        }
        foreach (var (token, role, keyed) in tokens)
        {
            var asked = InstrumentForms.ItemsFor(v2, role);
            var answers = v2.Items.Where(i => asked.Contains(i.Id))
                .Select(i => (object)new { itemId = i.Id, value = i.Reverse ? 6 - keyed : keyed }).ToArray();
            var respondent = consultant.As(token);
            var version = (await consultant.Data("query($id: ID!) { assessment(id: $id) { version } }", new { id }))
                .GetProperty("assessment").GetProperty("version").GetInt64();
            Assert.Empty(AssessmentClient.Codes(await respondent.Save(version, answers)));
            await respondent.Data("mutation { submitResponse { version } }");
        }

        var profile = await consultant.Data("""
            query($id: ID!) { assessment(id: $id) { profile { constructs {
              key agreement agreementSlightlySkewed lowAgreement ownScores { lowest highest managers } } } } }
            """, new { id });

        var constructs = profile.GetProperty("assessment")
            .GetProperty("profile")
            .GetProperty("constructs")
            .EnumerateArray()
            .ToDictionary(c => c.GetProperty("key").GetString()!);
        // cultural_awareness is referent: self, asked of the managing director (keyed 4 ->
        // 75) and the team (2 -> 25, 3 -> 50)
        var self = constructs["cultural_awareness"];
        Assert.Equal(JsonValueKind.Null, self.GetProperty("agreement").ValueKind);
        Assert.Equal(JsonValueKind.Null, self.GetProperty("agreementSlightlySkewed").ValueKind);
        Assert.False(self.GetProperty("lowAgreement").GetBoolean());
        var range = self.GetProperty("ownScores");
        Assert.Equal((25.0, 75.0, 3), (range.GetProperty("lowest").GetDouble(),
            range.GetProperty("highest").GetDouble(), range.GetProperty("managers").GetInt32()));
        // sensing is about the firm, asked of all three: every item {4, 2, 3} has s² = 1, so rwg(J) =
        // J(1/2) / (J(1/2) + 1/2) under the uniform null (σ² = 2) and J(1 − 1/1.34) / (J(1 − 1/1.34) +
        // 1/1.34) under the slightly skewed one
        var j = v2.FindConstruct("sensing")!.Items.Count;
        var firm = constructs["sensing"];
        Assert.Equal(j / (j + 1.0), firm.GetProperty("agreement").GetDouble(), Exact);
        var ratio = 1 / 1.34;
        Assert.Equal(j * (1 - ratio) / (j * (1 - ratio) + ratio),
            firm.GetProperty("agreementSlightlySkewed").GetDouble(), Exact);
        Assert.Equal(JsonValueKind.Null, firm.GetProperty("ownScores").ValueKind);

        var (_, html, _) = await ReportScenarios.GetAsync(app.Host, $"/r/{ownerToken}");
        Assert.Contains("Range of the managers&#39; own scores: 25–75 (3 managers).", html);
    }
}
