using System.Text.Json;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using CapabilityAssessment.Tests.Fieldwork;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Scoring;

[Collection("app")]
public sealed class profiles_of_closed_assessments(AppFixture app)
{
    private const string ProfileQuery = """
        query($id: ID!, $l: String) { assessment(id: $id) { profile(language: $l) {
          scoringVersion respondents
          overall { score weakestLayer weakestLink band { key } }
          layers { layer score }
          constructs { key title score band { key text recommendation } reason { code message } }
          managementModes { key score reason { code } }
          recommendations { construct text } recommendationsReason { code } } } }
        """;

    private InstrumentDefinition Dcvn => app.Host.Services.GetRequiredService<InstrumentCatalog>().Get("dcvn", 1)!;

    private object[] Answers(Func<int, int?> value) =>
        Dcvn.Items.Select((item, i) => (object)(value(i) is { } v ? new { itemId = item.Id, value = (int?)v }
            : new { itemId = item.Id, value = (int?)null, dontKnow = true })).ToArray();

    private async Task<(AssessmentClient Consultant, Guid Id)> Closed(Func<int, int?> value)
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, token) = await consultant.Start();
        var respondent = consultant.As(token);
        Assert.Empty(AssessmentClient.Codes(await respondent.Save(2, Answers(value))));
        await respondent.Data("mutation { submitResponse { version } }");
        return (consultant, id);
    }

    [Fact]
    public async Task closing_yields_a_profile_with_constructs_layers_the_index_and_the_weakest_link()
    {
        // Every item answered 4 on 5 points: each non-reversed item scores 75, each reversed one (6 - 4 = 2) scores 25.
        var (consultant, id) = await Closed(_ => 4);
        var profile = (await consultant.Data(ProfileQuery, new { id, l = "en" }))
            .GetProperty("assessment")
            .GetProperty("profile");

        Assert.Equal(ScoringEngine.ScoringVersion, profile.GetProperty("scoringVersion").GetString());
        Assert.Equal(1, profile.GetProperty("respondents").GetInt32());
        var ca = profile.GetProperty("constructs")
            .EnumerateArray()
            .Single(c => c.GetProperty("key").GetString() == "cultural_awareness");
        var construct = Dcvn.FindConstruct("cultural_awareness")!;
        var expected = construct.Items.Average(i => i.Reverse ? 25.0 : 75.0);
        Assert.Equal(expected, ca.GetProperty("score").GetDouble(), 9);
        Assert.False(string.IsNullOrEmpty(ca.GetProperty("band").GetProperty("text").GetString()));
        Assert.Equal(4, profile.GetProperty("managementModes").GetArrayLength());
        var layers = profile.GetProperty("layers")
            .EnumerateArray()
            .ToDictionary(l => l.GetProperty("layer").GetString()!, l => l.GetProperty("score").GetDouble());
        var core = new[] { layers["cognitive"], layers["managerial"], layers["organisational"] };
        Assert.Equal(core.Average(), profile.GetProperty("overall").GetProperty("score").GetDouble(), 9);
        Assert.Equal(core.Min(), profile.GetProperty("overall").GetProperty("weakestLink").GetDouble(), 9);
        // One rater's profile: recommended constructs, or none and the reason why (NO_NORMS or NOTHING_STANDS_OUT).
        var reason = profile.GetProperty("recommendationsReason");
        Assert.NotEqual(profile.GetProperty("recommendations").GetArrayLength() > 0,
            reason.ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task the_profile_speaks_finnish_when_asked()
    {
        var (consultant, id) = await Closed(_ => 3);
        var profile = (await consultant.Data(ProfileQuery, new { id, l = "fi" }))
            .GetProperty("assessment")
            .GetProperty("profile");
        var title = profile.GetProperty("constructs")[0].GetProperty("title").GetString();
        Assert.Equal(Dcvn.Constructs[0].Title.Get("fi"), title);
        Assert.NotEqual(Dcvn.Constructs[0].Title.Get("en"), title);
    }

    [Fact]
    public async Task an_assessment_answered_only_dont_know_says_which_constructs_could_not_be_scored()
    {
        var (consultant, id) = await Closed(_ => null);
        var profile = (await consultant.Data(ProfileQuery, new { id, l = "en" }))
            .GetProperty("assessment")
            .GetProperty("profile");
        Assert.All(profile.GetProperty("constructs").EnumerateArray(), c =>
        {
            Assert.Equal(JsonValueKind.Null, c.GetProperty("score").ValueKind);
            Assert.Equal("NO_RESPONDENT_SCORES", c.GetProperty("reason").GetProperty("code").GetString());
            Assert.Contains("don't know", c.GetProperty("reason").GetProperty("message").GetString());
        });
        Assert.All(profile.GetProperty("managementModes").EnumerateArray(), m =>
            Assert.Equal(JsonValueKind.Null, m.GetProperty("score").ValueKind));
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("overall").GetProperty("score").ValueKind);
    }

    [Fact]
    public async Task an_open_assessment_has_no_profile_and_says_so()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, _) = await consultant.Start();
        var body = await consultant.Send("query($id: ID!) { assessment(id: $id) { profile { respondents } } }",
            new { id });
        Assert.Equal(["ASSESSMENT_NOT_CLOSED"], AssessmentClient.Codes(body));
    }

    [Fact]
    public async Task rescoring_restores_missing_profiles_and_export_rows_and_a_second_run_finds_nothing_to_do()
    {
        var (_, id) = await Closed(_ => 5);
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.Delete<AssessmentProfile>(id);
            session.QueueSqlCommand("DELETE FROM export_rows WHERE assessment_id = ?", id);
            await session.SaveChangesAsync();
        }
        using var scope = app.Host.Services.CreateScope();
        var first = new StringWriter();
        Assert.Equal(0, await CapabilityAssessment.Operations.RescoreCommand.RunAsync(scope.ServiceProvider,
            [], first));
        await using (var session = store.QuerySession())
            Assert.NotNull(await session.LoadAsync<AssessmentProfile>(id));
        await using (var rows = app.Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>()
            .CreateCommand("SELECT count(*) FROM export_rows WHERE assessment_id = $1"))
        {
            rows.Parameters.Add(new() { Value = id });
            Assert.Equal(1L, await rows.ExecuteScalarAsync());
        }
        var second = new StringWriter();
        await CapabilityAssessment.Operations.RescoreCommand.RunAsync(scope.ServiceProvider, [], second);
        Assert.Contains(", 0 re-scored", second.ToString());
        Assert.Contains("; 0 export rows built", second.ToString());
    }

    [Fact]
    public async Task from_thirty_responses_each_score_carries_its_measurement_error_and_90_percent_interval()
    {
        var seed = new Random(30);
        var closed = new List<(AssessmentClient Consultant, Guid Id)>();
        for (var firm = 0; firm < 30; firm++)
        {
            var level = seed.Next(1, 6);
            closed.Add(await Closed(i => Math.Clamp(level + seed.Next(-1, 2), 1, 5)));
        }
        await app.Host.Services.GetRequiredService<CapabilityAssessment.Norms.NormPublisher>()
            .PublishAsync("dcvn", default);
        // Closed after the release: pinned to it at once. One respondent is one rater: the
        // firm's SEM is the respondent SEM.
        var (consultant, id) = await Closed(i => 3);
        var researcher = new AssessmentClient(app.Host, await AssessmentClient.IssueKey(app.Host,
            CapabilityAssessment.Access.PrincipalRole.Researcher, null));
        var sem = (await researcher.Data("{ reliability(instrumentKey: \"dcvn\", version: 1) { construct sem } }"))
            .GetProperty("reliability")
            .EnumerateArray()
            .Single(r => r.GetProperty("construct").GetString() == "cultural_awareness")
            .GetProperty("sem").GetDouble();
        var ca =
            (await consultant.Data("query($id: ID!) { assessment(id: $id) { profile { constructs { key score " +
            "interval { sem lower upper } } } } }", new { id }))
            .GetProperty("assessment").GetProperty("profile").GetProperty("constructs").EnumerateArray()
            .Single(c => c.GetProperty("key").GetString() == "cultural_awareness");
        var score = ca.GetProperty("score").GetDouble();
        var interval = ca.GetProperty("interval");
        Assert.Equal(sem, interval.GetProperty("sem").GetDouble(), 9);
        Assert.Equal(Math.Round(Math.Max(0, score - 1.645 * sem), 1), interval.GetProperty("lower").GetDouble(), 1);
        Assert.Equal(Math.Round(Math.Min(100, score + 1.645 * sem), 1), interval.GetProperty("upper").GetDouble(), 1);
    }

    [Fact]
    public async Task reliability_is_computed_over_submitted_responses()
    {
        var seed = new Random(7);
        for (var firm = 0; firm < 6; firm++)
        {
            var level = seed.Next(1, 6);
            await Closed(i => Math.Clamp(level + seed.Next(-1, 2), 1, 5));
        }
        await app.Host.Services.GetRequiredService<CapabilityAssessment.Norms.NormPublisher>()
            .PublishAsync("dcvn", default);
        var researcher = new AssessmentClient(app.Host, await AssessmentClient.IssueKey(app.Host,
            CapabilityAssessment.Access.PrincipalRole.Researcher, null));
        var rows =
            (await researcher.Data("{ reliability(instrumentKey: \"dcvn\", version: 1) { construct respondents firms " +
            "alpha omega } }"))
            .GetProperty("reliability").EnumerateArray().ToList();
        Assert.Equal(Dcvn.Constructs.Count, rows.Count);
        var ca = rows.Single(r => r.GetProperty("construct").GetString() == "cultural_awareness");
        Assert.True(ca.GetProperty("firms").GetInt32() >= 6);
        Assert.Equal(JsonValueKind.Number, ca.GetProperty("alpha").ValueKind);
    }
}
