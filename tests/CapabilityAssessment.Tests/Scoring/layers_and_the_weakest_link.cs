using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Tests.Scoring;

public sealed class layers_and_the_weakest_link
{
    private const double Exact = 1e-9;

    // Three items answered x all give (x − 1) × 25: 4 -> 75, 3 -> 50, 2 -> 25, 5 -> 100, 1 -> 0.
    private static FirmProfileScores Profile(InstrumentDefinition instrument, string answers) =>
        ScoringEngine.Aggregate(instrument, [TestRespondent.Create(answers)]);

    private static readonly InstrumentDefinition Full = new TestInstrument()
        .Construct("c1", Layer.Cognitive, "c1a c1b c1c")
        .Construct("c2", Layer.Cognitive, "c2a c2b c2c")
        .Construct("m1", Layer.Managerial, "m1a m1b m1c")
        .Construct("o1", Layer.Organisational, "o1a o1b o1c")
        .Construct("d1", Layer.DynamicCapability, "d1a d1b d1c")
        .Construct("mode", Layer.ManagementMode, "x1 x2 x3").Build();

    private const string FullAnswers = "c1a=4 c1b=4 c1c=4 c2a=3 c2b=3 c2c=3 m1a=2 m1b=2 m1c=2 o1a=5 o1b=5 o1c=5 " +
        "d1a=3 d1b=4 d1c=5 x1=1 x2=1 x3=1";

    [Fact]
    public void layer_scores_are_means_of_their_construct_scores_and_the_index_is_the_mean_of_the_three_core_layers()
    {
        // cognitive (75 + 50) / 2 = 62.5; managerial 25; organisational 100; index (62.5 + 25 + 100) / 3 = 62.5;
        // dynamic capability (3 + 4 + 5) / 3 = 4 -> 75, reported as a layer but outside the index
        var profile = Profile(Full, FullAnswers);
        var layers = profile.Layers.ToDictionary(l => l.Layer);

        Assert.Equal(62.5, layers[Layer.Cognitive].Score!.Value, Exact);
        Assert.Equal((2, 2), (layers[Layer.Cognitive].Constructs, layers[Layer.Cognitive].Scored));
        Assert.Equal(25, layers[Layer.Managerial].Score!.Value, Exact);
        Assert.Equal(100, layers[Layer.Organisational].Score!.Value, Exact);
        Assert.Equal(75, layers[Layer.DynamicCapability].Score!.Value, Exact);
        Assert.Equal(62.5, profile.Overall.Score!.Value, Exact);
        Assert.Equal("developing", profile.Overall.Band!.Key);
    }

    [Fact]
    public void the_weakest_link_is_the_lowest_core_layer_reported_beside_the_index()
    {
        var overall = Profile(Full, FullAnswers).Overall;
        Assert.Equal(Layer.Managerial, overall.WeakestLayer);
        Assert.Equal(25, overall.WeakestLinkScore!.Value, Exact);
        Assert.Equal("nascent", overall.WeakestLinkBand!.Key);
    }

    [Fact]
    public void management_modes_are_their_own_profile_and_in_no_layer_index_or_recommendation()
    {
        var profile = Profile(Full, FullAnswers);
        var modes = profile.Constructs.Where(c => c.Layer == Layer.ManagementMode).ToList();
        Assert.Equal(["mode"], modes.Select(m => m.Construct));
        Assert.Equal(0, modes[0].Score!.Value, Exact);
        Assert.DoesNotContain(profile.Layers, l => l.Layer == Layer.ManagementMode);
    }

    [Fact]
    public void a_layer_the_instrument_lacks_is_missing_with_a_reason_never_zero_and_so_is_the_index()
    {
        var instrument = new TestInstrument()
            .Construct("o1", Layer.Organisational, "o1a o1b o1c")
            .Construct("p1", Layer.Practice, "p1a p1b p1c").Build();
        var profile = Profile(instrument, "o1a=4 o1b=4 o1c=4 p1a=5 p1b=5 p1c=5");
        var cognitive = profile.Layers.Single(l => l.Layer == Layer.Cognitive);

        Assert.Null(cognitive.Score);
        Assert.Equal(ReasonCodes.LayerNotInInstrument, cognitive.Reason!.Code);
        Assert.Equal(100, profile.Layers.Single(l => l.Layer == Layer.Practice).Score!.Value, Exact);
        Assert.DoesNotContain(profile.Layers, l => l.Layer == Layer.DynamicCapability);
        Assert.Null(profile.Overall.Score);
        Assert.Null(profile.Overall.WeakestLayer);
        Assert.Equal(ReasonCodes.MissingLayers, profile.Overall.Reason!.Code);
        Assert.Contains("cognitive", profile.Overall.Reason.Message);
    }

    [Fact]
    public void a_layer_whose_constructs_could_not_be_scored_says_so()
    {
        var managerial = Profile(Full, "c1a=4 c1b=4 c1c=4 m1a=2 m1b=? m1c=?").Layers.Single(l =>
            l.Layer == Layer.Managerial);
        Assert.Null(managerial.Score);
        Assert.Equal(ReasonCodes.NoScoredConstructs, managerial.Reason!.Code);
    }

    [Fact]
    public void a_partly_scored_layer_is_the_mean_of_its_scored_constructs()
    {
        var cognitive = Profile(Full, "c1a=4 c1b=4 c1c=4 c2a=3").Layers.Single(l => l.Layer == Layer.Cognitive);
        Assert.Equal(75, cognitive.Score!.Value, Exact);
        Assert.Equal((2, 1), (cognitive.Constructs, cognitive.Scored));
    }

    [Fact]
    public void an_assessment_answered_only_dont_know_gets_a_profile_where_every_construct_says_why()
    {
        var allDontKnow = string.Join(' ', Full.Items.Select(i => $"{i.Id}=?"));
        var profile = ScoringEngine.Aggregate(
            Full, [TestRespondent.Create(allDontKnow), TestRespondent.Create(allDontKnow)]);

        Assert.All(profile.Constructs, c =>
        {
            Assert.Null(c.Score);
            Assert.Equal(ReasonCodes.NoRespondentScores, c.Reason!.Code);
            Assert.Contains("None of 2 respondent(s)", c.Reason.Message);
        });
        Assert.All(profile.Layers, l => Assert.Equal(ReasonCodes.NoScoredConstructs, l.Reason!.Code));
        Assert.Equal(ReasonCodes.MissingLayers, profile.Overall.Reason!.Code);
        Assert.All(profile.RespondentScores.SelectMany(r => r.Constructs), c =>
            Assert.Equal(ReasonCodes.TooFewAnswers, c.Reason!.Code));
    }

    [Fact]
    public void a_construct_nobody_was_asked_says_so()
    {
        var instrument = new TestInstrument()
            .Module("inventory", keyInformant: true, "managing_director")
            .Construct("c1", Layer.Cognitive, "a1 a2 a3")
            .Construct("mode", Layer.ManagementMode, "m1 m2 m3", module: "inventory").Build();
        var mode = Profile(instrument, "a1=3 a2=3 a3=3").Constructs.Single(c => c.Layer == Layer.ManagementMode);
        Assert.Equal(ReasonCodes.NoRespondents, mode.Reason!.Code);
        Assert.Equal(0, mode.Asked);
    }
}
