using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Tests.Scoring;

/// <summary>Expected values are worked out by hand in the comments, from the rules in instruments/README.md.</summary>
public sealed class scoring_kinds_facets_and_outcomes
{
    private const double Exact = 1e-9;

    [Fact]
    public void a_count_index_scores_the_share_of_its_items_answered_at_or_above_the_threshold()
    {
        var instrument = new TestInstrument().Construct("idx", Layer.Practice, "a1 a2 a3 a4", minAnswered: 2)
            .AsIndex(IndexRule.Count, threshold: 4).Build();

        // a1 = 5 and a2 = 4 count, a3 = 2 does not, a4 "don't know" does not: 2 of 4 items, 100 × 2 / 4 = 50
        var score = ScoringEngine.Score(instrument, TestRespondent.Create("a1=5 a2=4 a3=2 a4=?")).Constructs.Single();

        Assert.Equal((50.0, 2.0, 3), (score.Score!.Value, score.Mean!.Value, score.Answered));
    }

    [Fact]
    public void a_count_index_below_its_minimum_answered_has_a_reason_not_a_zero()
    {
        var instrument = new TestInstrument().Construct("idx", Layer.Practice, "a1 a2 a3 a4", minAnswered: 2)
            .AsIndex(IndexRule.Count, threshold: 2).Build();

        var score = ScoringEngine.Score(instrument, TestRespondent.Create("a1=5 a2=? a3=?")).Constructs.Single();

        Assert.Null(score.Score);
        Assert.Equal(ReasonCodes.TooFewAnswers, score.Reason!.Code);
    }

    [Fact]
    public void a_mean_index_scores_like_a_scale()
    {
        var instrument = new TestInstrument()
            .Construct("idx", Layer.Practice, "a1 a2 a3")
            .AsIndex(IndexRule.Mean)
            .Build();

        // mean (2 + 3 + 5) / 3 = 10/3; (10/3 - 1) / 4 × 100 = 175/3
        var score = ScoringEngine.Score(instrument, TestRespondent.Create("a1=2 a2=3 a3=5")).Constructs.Single();

        Assert.Equal(175.0 / 3, score.Score!.Value, Exact);
    }

    [Fact]
    public void facets_are_scored_over_their_own_items_and_need_two_answers()
    {
        var instrument = new TestInstrument().Construct("c", Layer.Cognitive, "a1 a2 a3 a4")
            .Facets(("f1", ["a1", "a2"]), ("f2", ["a3", "a4"])).Build();

        // construct: (5 + 3 + 2) / 3 = 10/3 -> 175/3; f1: (5 + 3) / 2 = 4 -> 75; f2: only a3 answered -> no score
        var score = ScoringEngine.Score(instrument, TestRespondent.Create("a1=5 a2=3 a3=2 a4=?")).Constructs.Single();

        Assert.Equal(175.0 / 3, score.Score!.Value, Exact);
        Assert.Equal(("f1", 75.0, 2), (score.Facets![0].Facet, score.Facets[0].Score!.Value, score.Facets[0].Answered));
        Assert.Equal(("f2", (double?)null, 1), (score.Facets[1].Facet, score.Facets[1].Score,
            score.Facets[1].Answered));
    }

    [Fact]
    public void the_firm_facet_score_is_the_mean_of_the_respondents_facet_scores()
    {
        var instrument = new TestInstrument().Construct("c", Layer.Cognitive, "a1 a2 a3 a4")
            .Facets(("f1", ["a1", "a2"]), ("f2", ["a3", "a4"])).Build();
        var respondents = new[] { TestRespondent.Create("a1=5 a2=3 a3=2 a4=4"),
            TestRespondent.Create("a1=1 a2=1 a3=? a4=?") };

        // f1: 75 and 0 -> 37.5 over 2; f2: (2 + 4) / 2 = 3 -> 50 for the first, none for the second -> 50 over 1
        var facets = ScoringEngine.Aggregate(instrument, respondents).Constructs.Single().Facets!;

        Assert.Equal((37.5, 2), (facets[0].Score!.Value, facets[0].Respondents));
        Assert.Equal((50.0, 1), (facets[1].Score!.Value, facets[1].Respondents));
    }

    [Fact]
    public void managers_rating_themselves_get_no_agreement_statistic_while_the_firm_construct_does()
    {
        var instrument = new TestInstrument()
            .Construct("me", Layer.Cognitive, "m1 m2 m3").With(c => c with { Referent = Referent.Self })
            .Construct("firm", Layer.Organisational, "f1 f2 f3").Build();
        var respondents = new[]
        {
            TestRespondent.Create("m1=4 m2=4 m3=5 f1=4 f2=4 f3=5"),
            TestRespondent.Create("m1=2 m2=3 m3=3 f1=2 f2=3 f3=3"),
        };

        var constructs = ScoringEngine.Aggregate(instrument, respondents).Constructs;

        Assert.Null(constructs.Single(c => c.Construct == "me").Agreement);
        Assert.NotNull(constructs.Single(c => c.Construct == "firm").Agreement);
        // instead of agreement, the range of the managers' own scores: 125/3 to 250/3, over 2 managers
        var range = constructs.Single(c => c.Construct == "me").OwnScores!;
        Assert.Equal(125.0 / 3, range.Lowest, Exact);
        Assert.Equal(250.0 / 3, range.Highest, Exact);
        Assert.Equal(2, range.Managers);
        Assert.Null(constructs.Single(c => c.Construct == "firm").OwnScores);
        // The self-rated score is still the managers' mean: (13/3 and 8/3) -> (250/3 + 125/3) / 2 = 62.5
        Assert.Equal(62.5, constructs.Single(c => c.Construct == "me").Score!.Value, Exact);
    }

    [Fact]
    public void indices_and_outcomes_are_never_banded_recommended_or_part_of_a_layer_mean()
    {
        var instrument = new TestInstrument()
            .Construct("cap", Layer.Practice, "c1 c2 c3")
            .Construct("idx", Layer.Practice, "i1 i2 i3").AsIndex(IndexRule.Count, threshold: 2)
            .Module("results", keyInformant: true, "managing_director")
            .Construct("growth", Layer.Outcome, "g1 g2 g3", module: "results")
            .With(c => c with { Scoring = c.Scoring with { Interpretation = c.Scoring.Interpretation.Clear() } })
            .Build();
        var md = TestRespondent.Create("c1=4 c2=4 c3=4 i1=1 i2=1 i3=1 g1=1 g2=1 g3=1", "managing_director");

        var profile = ScoringEngine.Aggregate(instrument, [md]);

        // idx scores 0 and growth 0, both lower than cap's 75, yet neither is banded nor recommended
        Assert.Equal(0, profile.Constructs.Single(c => c.Construct == "idx").Score!.Value, Exact);
        Assert.Null(profile.Constructs.Single(c => c.Construct == "idx").Band);
        Assert.Null(profile.Constructs.Single(c => c.Construct == "growth").Band);
        var practice = profile.Layers.Single(l => l.Layer == Layer.Practice);
        Assert.Equal((75.0, 1, 1), (practice.Score!.Value, practice.Constructs, practice.Scored));
        Assert.DoesNotContain(profile.Layers, l => l.Layer == Layer.Outcome);
    }

    [Fact]
    public void an_index_reports_no_alpha_omega_or_measurement_error_but_a_scale_does()
    {
        var instrument = new TestInstrument()
            .Construct("cap", Layer.Practice, "c1 c2 c3")
            .Construct("idx", Layer.Practice, "c4 c5 c6").AsIndex(IndexRule.Count, threshold: 3).Build();
        var respondents = Enumerable.Range(0, 40).Select(i =>
        {
            var a = 1 + i % 5;
            var b = 1 + (i + 1) % 5;
            return TestRespondent.Create($"c1={a} c2={a} c3={b} c4={a} c5={a} c6={b}");
        }).ToList();

        var reliability = InstrumentReliability.For(instrument, respondents);

        var cap = reliability.Single(r => r.Construct == "cap");
        var idx = reliability.Single(r => r.Construct == "idx");
        Assert.NotNull(cap.Alpha);
        Assert.NotNull(cap.MeasurementError);
        Assert.Equal((null, null, null), (idx.Alpha, idx.Omega, idx.MeasurementError));
        Assert.Equal(ReasonCodes.IndexNotAScale, idx.AlphaReason!.Code);
        Assert.All(idx.Items, i => Assert.Null(i.ItemRest));
        Assert.Equal(cap.Items[0].Mean, idx.Items[0].Mean);
    }
}
