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

    [Fact]
    public void recommendations_are_the_three_weakest_scored_constructs_lowest_first_leaving_out_management_modes()
    {
        // c1 75, c2 50, m1 25, o1 100, o2 50 (tie with c2: instrument order), mode 0 (never recommended), so m1, c2, o2
        var profile = ScoringEngine.Aggregate(Instrument, [TestRespondent.Create(
            "c1a=4 c1b=4 c1c=4 c2a=3 c2b=3 c2c=3 m1a=2 m1b=2 m1c=2 o1a=5 o1b=5 o1c=5 o2a=3 o2b=3 o2c=3 x1=1 x2=1 x3=1")]);

        Assert.Equal(["m1", "c2", "o2"], profile.Recommendations.Select(r => r.Construct));
        Assert.Equal(("nascent", "Improve m1 from nascent"), (profile.Recommendations[0].Band, profile.Recommendations[0].Text.Get("en")));
        Assert.Equal(25, profile.Recommendations[0].Score, 1e-9);
    }

    [Fact]
    public void unscored_constructs_are_not_recommended()
    {
        var profile = ScoringEngine.Aggregate(Instrument, [TestRespondent.Create("c1a=4 c1b=4 c1c=4 m1a=2")]);
        Assert.Equal(["c1"], profile.Recommendations.Select(r => r.Construct));
    }
}
