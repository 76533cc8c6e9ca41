using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Tests.Scoring;

public sealed class bands_and_recommendations
{
    private static readonly InstrumentDefinition Instrument = new TestInstrument()
        .Construct("c1", Layer.Cognitive, "c1a c1b c1c")
        .Construct("c2", Layer.Cognitive, "c2a c2b c2c")
        .Construct("m1", Layer.Managerial, "m1a m1b m1c")
        .Construct("o1", Layer.Organisational, "o1a o1b o1c")
        .Construct("o2", Layer.Organisational, "o2a o2b o2c")
        .Construct("mode", Layer.ManagementMode, "x1 x2 x3").Build();

    [Theory]
    [InlineData(0, "nascent")]
    [InlineData(39.999999, "nascent")]
    [InlineData(40, "developing")]
    [InlineData(69.999999, "developing")]
    [InlineData(70, "advanced")]
    [InlineData(100, "advanced")]
    public void a_band_includes_its_lower_bound_and_excludes_its_upper_except_100(double score, string band) =>
        Assert.Equal(band, ScoreBands.Find(Instrument.Bands, score)!.Key);

    [Fact]
    public void a_construct_band_carries_its_interpretation_and_recommendation()
    {
        var profile = ScoringEngine.Aggregate(Instrument, [TestRespondent.Create("c1a=3 c1b=3 c1c=3")]);
        var band = profile.Constructs.Single(c => c.Construct == "c1").Band!;
        Assert.Equal(("developing", "Developing"), (band.Key, band.Label.Get("en")));
        Assert.Equal("c1 is developing", band.Text!.Get("en"));
        Assert.Equal("Improve c1 from developing", band.Recommendation!.Get("en"));
    }

    // Scores: c1 75, c2 50, m1 25, o1 100, o2 50, mode 0 (one respondent, answers 4/3/2/5/3/1).
    private const string Answers =
        "c1a=4 c1b=4 c1c=4 c2a=3 c2b=3 c2c=3 m1a=2 m1b=2 m1c=2 o1a=5 o1b=5 o1c=5 o2a=3 o2b=3 o2c=3 x1=1 x2=1 x3=1";

    private static Assessment State() => new(Guid.NewGuid(), Guid.NewGuid(), new InstrumentRef("test", 1, "sha"),
        new FirmProfile("Test Oy", "FI", "C", 10), "en", null, AssessmentStatus.Closed, [],
        DateTimeOffset.UnixEpoch, 1);

    private static ProfileView View(double sem, Func<string, (double Mean, double Sd)>? norm = null,
        string answers = Answers)
    {
        var state = State();
        var profile = AssessmentProfile.From(
            state, ScoringEngine.Aggregate(Instrument, [TestRespondent.Create(answers)]), DateTimeOffset.UnixEpoch);
        var pin = new ProfileNorms(profile.Id, Guid.NewGuid(), "2027-01-15", DateTimeOffset.UnixEpoch, 100,
            profile.ScoringVersion,
            [.. profile.Constructs.Select(c => (norm ?? (_ => (50, 20)))(c.Key) is var (mean, sd)
                ? new PinnedConstruct(c.Key, 1, sem, null, null, "developing", "developing", [], mean, sd) : null!)]);
        return ProfileViews.For(profile, Instrument, "en", pin);
    }

    [Fact]
    public void recommendations_name_only_constructs_reliably_below_the_firms_own_mean_never_management_modes()
    {
        // T = 50 + 10 (x - 50)/20: c1 62.5, c2 50, m1 37.5, o1 75, o2 50, mean 55; SEM_T = 10·2/20 = 0.5, so only m1
        // (and the two 50s, 5 below the mean) are reliably below; mode (T 25) is never a candidate.
        var view = View(sem: 2);
        Assert.Equal(["m1", "c2", "o2"], view.Recommendations.Select(r => r.Construct));
        Assert.Equal([1, 2, 2], view.Recommendations.Select(r => r.Rank));
        Assert.Equal(("nascent", "Improve m1 from nascent", -17.5),
            (view.Recommendations[0].Band, view.Recommendations[0].Text, view.Recommendations[0].BelowMean));
        Assert.Null(view.RecommendationsReason);
    }

    [Fact]
    public void tied_constructs_share_a_rank_in_key_order_whatever_the_instruments_order()
    {
        // o2 and c2 are tied (both 50); the instrument lists c2 first, the rule orders ties by key and gives one rank.
        var view = View(sem: 2);
        var tied = view.Recommendations.Where(r => r.Rank == 2).Select(r => r.Construct).ToList();
        Assert.Equal(["c2", "o2"], tied);
    }

    [Fact]
    public void differences_within_measurement_error_recommend_nothing_and_say_so()
    {
        // SEM 25 points (SEM_T 12.5): m1 is 17.5 T below the mean, but its SE is 12.5·√0.8 = 11.2, z = -1.57.
        var view = View(sem: 25);
        Assert.Empty(view.Recommendations);
        Assert.Equal(ProfileRecommendations.NothingStandsOut, view.RecommendationsReason!.Code);
    }

    [Fact]
    public void constructs_are_compared_on_the_norms_metric_not_on_raw_scores()
    {
        // Raw m1 25 is the lowest, but its peers score 20 ± 10 (T 55); c2's peers score 70 ± 10 (T 30): c2 is the one
        // behind. T: c1 65, c2 30, m1 55, o1 50, o2 50; mean 50.
        var view = View(sem: 1, c => c switch
        {
            "m1" => (20, 10), "c2" => (70, 10), "o1" => (100, 10), "o2" => (50, 10), _ => (60, 10),
        });
        Assert.Equal(["c2"], view.Recommendations.Select(r => r.Construct));
    }

    [Fact]
    public void without_pinned_norms_nothing_is_recommended_and_the_reason_says_why()
    {
        var state = State();
        var profile = AssessmentProfile.From(
            state, ScoringEngine.Aggregate(Instrument, [TestRespondent.Create(Answers)]), DateTimeOffset.UnixEpoch);
        var view = ProfileViews.For(profile, Instrument, "en");
        Assert.Empty(view.Recommendations);
        Assert.Equal(ProfileRecommendations.NoNorms, view.RecommendationsReason!.Code);
    }

    [Fact]
    public void a_band_is_said_as_certain_only_when_the_interval_lies_inside_it()
    {
        var view = View(sem: 2);
        Assert.All(view.Constructs, c => Assert.Equal("Developing", c.BandWithinError));
    }
}
