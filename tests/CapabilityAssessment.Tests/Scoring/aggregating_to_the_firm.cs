using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Tests.Scoring;

public sealed class aggregating_to_the_firm
{
    private const double Exact = 1e-9;

    private static readonly InstrumentDefinition Instrument = new TestInstrument()
        .Module("inventory", keyInformant: true, "managing_director")
        .Construct("c", Layer.Cognitive, "i1 i2 i3")
        .Construct("mode", Layer.ManagementMode, "m1 m2 m3", module: "inventory").Build();

    private static FirmConstructScore Firm(params string[] answers) =>
        ScoringEngine.Aggregate(Instrument, answers.Select(a => TestRespondent.Create(a))
            .ToList()).Constructs.Single(c => c.Construct == "c");

    [Fact]
    public void the_firm_score_is_the_mean_over_respondents_with_a_score()
    {
        // 75 and 50; the third answered 1 of 3 items (2 needed) and does not count: (75 + 50) / 2 = 62.5
        var firm = Firm("i1=4 i2=4 i3=4", "i1=3 i2=3 i3=3", "i1=5 i2=? i3=?");
        Assert.Equal(62.5, firm.Score!.Value, Exact);
        Assert.Equal((3, 2), (firm.Asked, firm.Respondents));
    }

    [Fact]
    public void rwg_j_against_a_uniform_null_matches_the_hand_computation()
    {
        // i1 {4,5,3}: s² = 1; i2 {4,4,4}: s² = 0; i3 {5,4,5}: s² = 1/3; s̄² = (1 + 0 + 1/3) / 3 = 4/9
        // σ²E = (5² − 1) / 12 = 2; s̄²/σ²E = 2/9; rwg(3) = 3(7/9) / (3(7/9) + 2/9) = 21/23
        // scores: 250/3, 250/3, 75; firm mean 725/9
        var firm = Firm("i1=4 i2=4 i3=5", "i1=5 i2=4 i3=4", "i1=3 i2=4 i3=5");
        Assert.Equal(725.0 / 9, firm.Score!.Value, Exact);
        Assert.Equal(21.0 / 23, firm.Agreement!.Rwg!.Value, Exact);
        Assert.Equal(4.0 / 9, firm.Agreement.MeanItemVariance!.Value, Exact);
        Assert.Equal(2, firm.Agreement.NullVariance, Exact);
        Assert.Equal(3, firm.Agreement.Items);
        Assert.False(firm.Agreement.Truncated);
        Assert.False(firm.Agreement.Low);
    }

    [Fact]
    public void rwg_j_against_the_slightly_skewed_null_matches_the_hand_computation()
    {
        // LeBreton & Senter (2008), 5 points: p = .05 .15 .20 .35 .25, mean 3.6, E[x²] 14.3, σ²SS = 14.3 −
        // 3.6² = 1.34 = 67/50 s̄² = 4/9 as above; ratio (4/9)/(67/50) = 200/603; rwg(3) = 3(403/603) /
        // (3(403/603) + 200/603) = 1209/1409
        var firm = Firm("i1=4 i2=4 i3=5", "i1=5 i2=4 i3=4", "i1=3 i2=4 i3=5");
        Assert.Equal(1209.0 / 1409, firm.Agreement!.RwgSlightlySkewed!.Value, Exact);
        Assert.Equal(3, firm.Agreement.Raters);
        Assert.True(firm.Agreement.RwgSlightlySkewed < firm.Agreement.Rwg, "the skewed null is the stricter one");
    }

    [Fact]
    public void rwg_j_uses_the_variance_of_reverse_keyed_items_unchanged()
    {
        var instrument = new TestInstrument().Construct("c", Layer.Cognitive, "i1 i2 i3r").Build();
        var respondents = new[] { "i1=4 i2=4 i3=5", "i1=5 i2=4 i3=4", "i1=3 i2=4 i3=5" }.Select(a =>
            TestRespondent.Create(a)).ToList();
        Assert.Equal(21.0 / 23, ScoringEngine.Aggregate(instrument,
            respondents).Constructs[0].Agreement!.Rwg!.Value, Exact);
    }

    [Fact]
    public void items_answered_by_fewer_than_two_respondents_are_left_out_of_rwg_j()
    {
        // i3 has one answer, so J = 2; i1 {4,5}: s² = 1/2; i2 {4,4}: 0; s̄² = 1/4; ratio 1/8; rwg(2)
        // = 2(7/8) / (2(7/8) + 1/8) = 14/15
        var firm = Firm("i1=4 i2=4 i3=?", "i1=5 i2=4 i3=4");
        Assert.Equal(14.0 / 15, firm.Agreement!.Rwg!.Value, Exact);
        Assert.Equal(2, firm.Agreement.Items);
    }

    [Fact]
    public void identical_answers_give_perfect_agreement()
    {
        Assert.Equal(1, Firm("i1=2 i2=4 i3=5", "i1=2 i2=4 i3=5").Agreement!.Rwg!.Value, Exact);
    }

    [Fact]
    public void rwg_j_is_truncated_to_zero_and_flagged_low_when_the_observed_variance_exceeds_the_null()
    {
        // every item {1,5,1}: s² = 16/3 > σ²E = 2 (and > 1.34); the raw formula would leave [0, 1]
        var firm = Firm("i1=1 i2=1 i3=1", "i1=5 i2=5 i3=5", "i1=1 i2=1 i3=1");
        Assert.Equal(0, firm.Agreement!.Rwg!.Value, Exact);
        Assert.Equal(0, firm.Agreement.RwgSlightlySkewed!.Value, Exact);
        Assert.True(firm.Agreement.Truncated);
        Assert.True(firm.Agreement.Low);
    }

    [Fact]
    public void low_agreement_is_listed_on_the_profile()
    {
        // i1 {1,3,1}, i2 {2,4,2}, i3 {3,5,3}: s² = 4/3 each; ratio 2/3; rwg(3) = 3(1/3) / (3(1/3) + 2/3) = 0.6 < 0.70
        var profile = ScoringEngine.Aggregate(Instrument,
            [TestRespondent.Create("i1=1 i2=2 i3=3"), TestRespondent.Create("i1=3 i2=4 i3=5"),
                TestRespondent.Create("i1=1 i2=2 i3=3")]);
        var firm = profile.Constructs.Single(c => c.Construct == "c");
        Assert.Equal(0.6, firm.Agreement!.Rwg!.Value, Exact);
        Assert.False(firm.Agreement.Truncated);
        Assert.Equal(["c"], profile.Constructs.Where(c => c.Agreement?.Low == true).Select(c => c.Construct));
    }

    [Fact]
    public void two_raters_are_never_flagged_however_far_apart_they_are()
    {
        // i1 {1,3}, i2 {2,4}, i3 {3,5}: s² = 2 each = σ²E, so rwg(3) = 0; with 2 raters
        // it rests on one difference per item
        var profile = ScoringEngine.Aggregate(Instrument,
            [TestRespondent.Create("i1=1 i2=2 i3=3"), TestRespondent.Create("i1=3 i2=4 i3=5")]);
        var firm = profile.Constructs.Single(c => c.Construct == "c");
        Assert.Equal(0, firm.Agreement!.Rwg!.Value, Exact);
        Assert.Equal(2, firm.Agreement.Raters);
        Assert.False(firm.Agreement.Low);
        Assert.DoesNotContain(profile.Constructs, c => c.Agreement?.Low == true);
    }

    [Fact]
    public void agreement_is_undefined_with_fewer_than_two_respondents()
    {
        var firm = Firm("i1=4 i2=4 i3=4", "i1=4 i2=? i3=?");
        Assert.Equal(1, firm.Respondents);
        Assert.Null(firm.Agreement);
    }

    [Fact]
    public void a_key_informant_module_takes_the_key_informants_score_not_the_mean()
    {
        // the first managing director said "don't know" throughout; the second one who answered is the key informant
        var silent = TestRespondent.Create("m1=? m2=? m3=?", role: "managing_director");
        var informant = TestRespondent.Create("m1=5 m2=4 m3=3", role: "managing_director");
        var team = TestRespondent.Create("m1=1 m2=1 m3=1 i1=3");
        var mode = ScoringEngine.Aggregate(Instrument, [silent, informant, team]).Constructs.Single(c =>
            c.Construct == "mode");

        Assert.Equal(75, mode.Score!.Value, Exact);
        Assert.Equal(informant.Id, mode.KeyInformant);
        Assert.Equal((2, 1), (mode.Asked, mode.Respondents));
        Assert.Null(mode.Agreement);
    }

    [Fact]
    public void respondents_who_have_not_submitted_are_ignored()
    {
        var profile = ScoringEngine.Aggregate(Instrument,
            [TestRespondent.Create("i1=5 i2=5 i3=5"), TestRespondent.Create("i1=1 i2=1 i3=1", submitted: false)]);
        Assert.Equal(1, profile.Respondents);
        Assert.Equal(100, profile.Constructs[0].Score!.Value, Exact);
    }

    [Fact]
    public void every_profile_records_the_scoring_version_and_instrument()
    {
        var profile = ScoringEngine.Aggregate(Instrument, [TestRespondent.Create("i1=5 i2=5 i3=5")]);
        Assert.Equal((ScoringEngine.ScoringVersion, "test", 1),
            (profile.ScoringVersion, profile.InstrumentKey, profile.InstrumentVersion));
    }
}
