using System.Text.Json;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Fieldwork;

/// <summary>
/// New assessments start on the latest published version; an assessment keeps the version it started on.
/// </summary>
[Collection("app")]
public sealed class instrument_versions_of_assessments(AppFixture app)
{
    private const string ProfileQuery = """
        query($id: ID!) { assessment(id: $id) { instrument { key version } profile(language: "en") {
          constructs { key kind score band { key } facets { key title score respondents } }
          outcomes { key score band { key } }
          recommendations { construct } } } }
        """;

    private InstrumentCatalog Catalog => app.Host.Services.GetRequiredService<InstrumentCatalog>();

    private async Task<JsonElement> ClosedProfile(string key, int? version, Func<Item, int> value)
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, token) = await consultant.Start(key, version: version);
        var instrument = version is { } v ? Catalog.Get(key, v)! : Catalog.Latest(key)!;
        var asked = InstrumentForms.ItemsFor(instrument, "managing_director");
        var answers = instrument.Items.Where(i => asked.Contains(i.Id))
            .Select(i => (object)new { itemId = i.Id, value = (int?)value(i) })
            .ToArray();
        var respondent = consultant.As(token);
        Assert.Empty(AssessmentClient.Codes(await respondent.Save(2, answers)));
        await respondent.Data("mutation { submitResponse { version } }");
        return (await consultant.Data(ProfileQuery, new { id })).GetProperty("assessment");
    }

    [Fact]
    public async Task a_new_assessment_uses_the_latest_published_version()
    {
        var consultant = await AssessmentClient.Consultant(app.Host, "acme");
        var (id, _) = await consultant.Start("dcvn", version: null);

        var instrument = (await consultant.Data("query($id: ID!) { assessment(id: $id) { instrument { version } } }",
            new { id }))
            .GetProperty("assessment").GetProperty("instrument");

        Assert.Equal(2, Catalog.Latest("dcvn")!.Version);
        Assert.Equal(2, instrument.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task an_assessment_started_on_version_1_finishes_and_is_scored_on_version_1()
    {
        var assessment = await ClosedProfile("dcvn", 1, _ => 4);

        Assert.Equal(1, assessment.GetProperty("instrument").GetProperty("version").GetInt32());
        var keys = assessment.GetProperty("profile")
            .GetProperty("constructs")
            .EnumerateArray()
            .Select(c => c.GetProperty("key").GetString());
        Assert.Contains("flexibility", keys);
        Assert.DoesNotContain("value_net_strategy", keys);
        Assert.Empty(assessment.GetProperty("profile").GetProperty("outcomes").EnumerateArray());
    }

    [Fact]
    public async Task a_version_2_profile_has_facet_scores_and_outcomes_that_are_never_banded_or_recommended()
    {
        // Every item answered 4: a forward item scores 75, a reverse-keyed one 25; outcomes answered 1 score 0.
        var assessment = await ClosedProfile("dcvn", null, i =>
            i.Id.StartsWith("pf", StringComparison.Ordinal) ? 1 : 4);
        var profile = assessment.GetProperty("profile");

        var eo = profile.GetProperty("constructs")
            .EnumerateArray()
            .Single(c => c.GetProperty("key").GetString() == "entrepreneurial_orientation");
        var facets = eo.GetProperty("facets")
            .EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("score").GetDouble());
        // proactiveness: eopro1 75, eopro2 (reverse) 25 -> 50; innovativeness and risk-taking: 75
        Assert.Equal(new Dictionary<string, double> { ["proactiveness"] = 50, ["innovativeness"] = 75,
            ["risk_taking"] = 75 }, facets);
        var performance = profile.GetProperty("outcomes")
            .EnumerateArray()
            .Single(o => o.GetProperty("key").GetString() == "performance");
        Assert.Equal(0, performance.GetProperty("score").GetDouble());
        Assert.Equal(JsonValueKind.Null, performance.GetProperty("band").ValueKind);
        var recommended = profile.GetProperty("recommendations")
            .EnumerateArray()
            .Select(r => r.GetProperty("construct").GetString());
        Assert.DoesNotContain("performance", recommended);
        Assert.DoesNotContain(profile.GetProperty("constructs").EnumerateArray(), c =>
            c.GetProperty("key").GetString() == "performance");
    }

    [Fact]
    public async Task an_orchestration_version_2_index_is_a_count_without_band()
    {
        // search_breadth counts sources used at least "to a small extent" (2):
        // answered 2 everywhere, all 8 count -> 100
        var assessment = await ClosedProfile("orchestration", null, _ => 2);

        var breadth = assessment.GetProperty("profile").GetProperty("constructs").EnumerateArray()
            .Single(c => c.GetProperty("key").GetString() == "search_breadth");
        Assert.Equal(("index", 100.0), (breadth.GetProperty("kind").GetString(),
            breadth.GetProperty("score").GetDouble()));
        Assert.Equal(JsonValueKind.Null, breadth.GetProperty("band").ValueKind);
    }
}
