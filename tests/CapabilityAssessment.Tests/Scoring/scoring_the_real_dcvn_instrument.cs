using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using Microsoft.Extensions.Configuration;

namespace CapabilityAssessment.Tests.Scoring;

/// <summary>
/// instruments/dcvn/v1.yaml as the service loads it. Answers are chosen so every item is keyed to the
/// same value, which makes the expected scores hand-computable and checks the file's reverse keying:
/// keyed 4 -> 75, keyed 2 -> 25, keyed 5 -> 100.
/// </summary>
public sealed class scoring_the_real_dcvn_instrument
{
    private const double Exact = 1e-9;

    private static readonly InstrumentDefinition Dcvn = new InstrumentCatalog(
            InstrumentFolder.Load(InstrumentLocations.From(new ConfigurationBuilder().Build(),
                RepositoryRoot.Path).Folder, seeds: null)
                .Where(l => l.IsValid))
        .Get("dcvn", 1) ?? throw new InvalidOperationException("instruments/dcvn/v1.yaml did not load");

    private static string Keyed(int value) =>
        string.Join(' ', Dcvn.Items.Select(i => $"{i.Id}={(i.Reverse ? 6 - value : value)}"));

    [Fact]
    public void a_managing_director_answering_every_item_is_scored_on_every_construct()
    {
        var scores = ScoringEngine.Score(Dcvn, TestRespondent.Create(Keyed(4), role: "managing_director"));
        Assert.Equal(Dcvn.Constructs.Select(c => c.Key), scores.Constructs.Select(c => c.Construct));
        Assert.All(scores.Constructs, c => Assert.Equal(75, c.Score!.Value, Exact));
    }

    [Fact]
    public void a_team_scores_to_the_hand_computed_firm_profile()
    {
        // director keyed 4 (75) everywhere; team member keyed 2 (25) on cognitive, managerial, organisational and
        // dynamic capability; function head keyed 5 (100) on organisational and dynamic capability only (the modules
        // the role answers). cognitive and managerial constructs (75 + 25) / 2 = 50; organisational and dynamic
        // capability (75 + 25 + 100) / 3 = 200/3; value-net inventory: the director alone, 75. Index (50 + 50 + 200/3)
        // / 3 = 500/9; weakest link cognitive (tie: inner layer).
        var profile = ScoringEngine.Aggregate(Dcvn,
        [
            TestRespondent.Create(Keyed(4), role: "managing_director"),
            TestRespondent.Create(Keyed(2), role: "management_team"),
            TestRespondent.Create(Keyed(5), role: "function_head"),
        ]);
        var layers = profile.Layers.ToDictionary(l => l.Layer, l => l.Score!.Value);

        Assert.Equal(50, layers[Layer.Cognitive], Exact);
        Assert.Equal(50, layers[Layer.Managerial], Exact);
        Assert.Equal(200.0 / 3, layers[Layer.Organisational], Exact);
        Assert.Equal(200.0 / 3, layers[Layer.DynamicCapability], Exact);
        Assert.Equal(500.0 / 9, profile.Overall.Score!.Value, Exact);
        Assert.Equal(Layer.Cognitive, profile.Overall.WeakestLayer);
        Assert.Equal(["influencing", "monitoring", "coordinating", "integrating"],
            profile.Constructs.Where(c => c.Layer == Layer.ManagementMode).Select(m => m.Construct));
        Assert.All(profile.Constructs.Where(c => c.Layer == Layer.ManagementMode), m =>
            Assert.Equal((75.0, 1), (m.Score!.Value, m.Respondents)));
        // two respondents keyed 4 and 2 differ by 2 on every item: s² = 2 = σ²E, so rwg(j) = 0, yet two raters are
        // too few to flag (Rwg.MinimumRaters)
        var awareness = profile.Constructs.Single(c => c.Construct == "cultural_awareness");
        Assert.Equal(0, awareness.Agreement!.Rwg!.Value, Exact);
        Assert.Equal(2, awareness.Agreement.Raters);
        Assert.DoesNotContain(profile.Constructs, c => c.Construct == "cultural_awareness" && c.Agreement?.Low == true);
    }
}
