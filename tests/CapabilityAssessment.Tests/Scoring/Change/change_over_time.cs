using System.Text.Json;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring.Change;
using CapabilityAssessment.Tests.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Scoring.Change;

/// <summary>
/// A firm's T0 and T1 through GraphQL's firm(id) and the report, against the SEMs their profiles are pinned to.
/// </summary>
public sealed class change_over_time(ChangeFixture fixture) : IClassFixture<ChangeFixture>
{
    private const double Exact = 1e-9;

    private const string FirmQuery = """
        query($f: ID!, $a: ID!, $b: ID!) {
          firm(id: $f) { id assessments { id instrumentVersion status } change(from: $a, to: $b) {
            from to constructs { construct title before after delta standardError rci significant reason { code } } } }
          before: assessment(id: $a) { profile { constructs { key interval { sem } } } }
          after: assessment(id: $b) { profile { constructs { key interval { sem } } } }
        }
        """;

    /// <summary>
    /// T0 answers 3 everywhere; T1 raises the first construct to 5 (+50) and one item of the second to 4.
    /// </summary>
    private async Task<(Construct Up, Construct Small, (Guid Id, string Token, Guid FirmId) T0,
        (Guid Id, string Token, Guid FirmId) T1)> PairAsync()
    {
        var v1 = fixture.V1;
        var (up, small) = (v1.Constructs[0], v1.Constructs[1]);
        var t0 = await fixture.ClosedAsync(null, (_, _) => 3);
        var t1 = await fixture.ClosedAsync(t0.FirmId, (item, _) =>
            up.Items.Contains(item) ? 5 : item == small.Items[0] ? 4 : 3);
        Assert.Equal(t0.FirmId, t1.FirmId);
        return (up, small, t0, t1);
    }

    [Fact]
    public async Task a_change_beyond_the_rci_is_real_and_one_within_it_is_not()
    {
        var (up, small, t0, t1) = await PairAsync();

        var data = await fixture.Consultant.Data(FirmQuery, new { f = t0.FirmId, a = t0.Id, b = t1.Id });

        var firm = data.GetProperty("firm");
        Assert.Equal([t0.Id, t1.Id], firm.GetProperty("assessments").EnumerateArray()
            .Select(a => a.GetProperty("id").GetGuid()));
        // Each profile's pinned SEM (one rater each here); the RCI divides by the root of their summed squares.
        double Sem(string side, string key) =>
            data.GetProperty(side).GetProperty("profile").GetProperty("constructs").EnumerateArray()
            .Single(c => c.GetProperty("key").GetString() == key)
            .GetProperty("interval")
            .GetProperty("sem")
            .GetDouble();
        var sems = new[] { up.Key, small.Key }.ToDictionary(k => k, k =>
            Math.Sqrt((Sem("before", k) * Sem("before", k) + Sem("after", k) * Sem("after", k)) / 2));
        var changes = firm.GetProperty("change").GetProperty("constructs").EnumerateArray()
            .ToDictionary(c => c.GetProperty("construct").GetString()!);
        // The design needs an SEM that a +50 exceeds and a one-item step does not: 50 / (√2
        // × SEM) > 1.96 > step / (√2 × SEM)
        var smallDelta = 100.0 / 4 / small.Items.Count;
        Assert.InRange(sems[up.Key], 0.1, 50 / (Math.Sqrt(2) * 1.96));
        Assert.InRange(sems[small.Key], smallDelta / (Math.Sqrt(2) * 1.96), 50);

        var rose = changes[up.Key];
        Assert.Equal(50, rose.GetProperty("delta").GetDouble(), Exact);
        Assert.Equal(50 / (Math.Sqrt(2) * sems[up.Key]), rose.GetProperty("rci").GetDouble(), Exact);
        Assert.True(rose.GetProperty("significant").GetBoolean());
        var step = changes[small.Key];
        Assert.Equal(smallDelta, step.GetProperty("delta").GetDouble(), Exact);
        Assert.Equal(smallDelta / (Math.Sqrt(2) * sems[small.Key]), step.GetProperty("rci").GetDouble(), Exact);
        Assert.False(step.GetProperty("significant").GetBoolean());
        Assert.Equal(JsonValueKind.Null, step.GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task the_later_report_says_what_changed_since_the_last_assessment_and_the_first_says_nothing()
    {
        var (up, small, t0, t1) = await PairAsync();

        var (_, later, _) = await ReportScenarios.GetAsync(fixture.Host, $"/r/{t1.Token}");
        var (_, first, _) = await ReportScenarios.GetAsync(fixture.Host, $"/r/{t0.Token}");

        Assert.Contains("Since your last assessment", later);
        Assert.Matches($"<tr id=\"change-{up.Key}\" class=\"is-real\">.*<td class=\"num\">50</td><td " +
            "class=\"num\">100</td><td class=\"num\">\\+50\\.0</td>.*Real change: higher", later);
        Assert.Matches($"<tr id=\"change-{small.Key}\">.*Within measurement error", later);
        Assert.DoesNotContain("Since your last assessment", first);
    }

    [Fact]
    public async Task without_an_sem_yet_the_delta_is_shown_and_the_change_is_not_judged()
    {
        var consultant = fixture.Consultant;
        var catalog = fixture.Host.Services.GetRequiredService<InstrumentCatalog>();
        var v2 = catalog.Get("dcvn", 2)!;
        var asked = InstrumentForms.ItemsFor(v2, "managing_director");
        async Task<(Guid Id, Guid Firm)> V2(Guid? firmId, int value)
        {
            var start = await consultant.Data("""
                mutation($f: ID) { startAssessment(instrumentVersion: 2, instrumentKey: "dcvn", firmId: $f,
                  firm: { name: "Later Oy", country: "FI", industry: "C", employees: 40 }) { assessmentId token } }
                """, new { f = firmId });
            var id = start.GetProperty("startAssessment").GetProperty("assessmentId").GetGuid();
            var respondent = consultant.As(start.GetProperty("startAssessment").GetProperty("token").GetString());
            var answers = v2.Items.Where(i => asked.Contains(i.Id))
                .Select(i => (object)new { itemId = i.Id, value = value })
                .ToArray();
            Assert.Empty(Tests.Fieldwork.AssessmentClient.Codes(await respondent.Save(2, answers)));
            await respondent.Data("mutation { submitResponse { version } }");
            var read = await consultant.Data("query($id: ID!) { assessment(id: $id) { firmId } }", new { id });
            return (id, read.GetProperty("assessment").GetProperty("firmId").GetGuid());
        }
        var t0 = await V2(null, 2);
        var t1 = await V2(t0.Firm, 5);

        var data = await consultant.Data(FirmQuery, new { f = t0.Firm, a = t0.Id, b = t1.Id });

        var sensing = data.GetProperty("firm").GetProperty("change").GetProperty("constructs").EnumerateArray()
            .Single(c => c.GetProperty("construct").GetString() == "sensing");
        Assert.NotEqual(JsonValueKind.Null, sensing.GetProperty("delta").ValueKind);
        Assert.Equal(JsonValueKind.Null, sensing.GetProperty("rci").ValueKind);
        Assert.False(sensing.GetProperty("significant").GetBoolean());
        Assert.Equal(ChangeReasons.NoMeasurementError, sensing.GetProperty("reason").GetProperty("code").GetString());
    }

    [Fact]
    public void only_constructs_every_crosswalk_declares_comparable_compare_across_versions()
    {
        var catalog = fixture.Host.Services.GetRequiredService<InstrumentCatalog>();
        Assert.Equal(["absorptive_capacity", "cultural_awareness", "flexibility", "global_mindset",
            "interface_relationships"],
            ChangeComparability.Constructs(catalog, "dcvn", 1, 2).Order());
        Assert.Equal(catalog.Get("dcvn", 1)!.Constructs.Select(c => c.Key).Order(),
            ChangeComparability.Constructs(catalog, "dcvn", 1, 1).Order());
    }

    [Fact]
    public async Task change_names_the_argument_that_is_not_an_assessment_of_the_firm()
    {
        var (_, _, t0, _) = await PairAsync();
        var other = await fixture.ClosedAsync(null, (_, _) => 3);

        var body = await fixture.Consultant.Send(FirmQuery, new { f = t0.FirmId, a = t0.Id, b = other.Id });

        Assert.Equal(["ASSESSMENT_NOT_FOUND"], Tests.Fieldwork.AssessmentClient.Codes(body));
        Assert.Equal("to", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").GetString());
    }
}
