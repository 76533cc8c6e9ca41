using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Scoring.Change;

namespace CapabilityAssessment.Tests.Scoring.Change;

public sealed class reliable_change_between_profiles
{
    private const double Exact = 1e-9;

    private static readonly InstrumentDefinition Instrument = new TestInstrument()
        .Construct("up", Layer.Cognitive, "a1 a2 a3")
        .Construct("small", Layer.Cognitive, "b1 b2 b3")
        .Construct("reworded", Layer.Managerial, "c1 c2 c3")
        .Construct("idx", Layer.Practice, "i1 i2 i3").AsIndex(IndexRule.Count, threshold: 4)
        .Build();

    private static readonly HashSet<string> AllButReworded = ["up", "small", "idx"];

    private static AssessmentProfile Profile(params (string Key, double? Score)[] scores) => new(Guid.NewGuid(), "1.2",
        new InstrumentRef("test", 1, "hash"), DateTimeOffset.UnixEpoch, 3,
        scores.Select(s => new ProfileConstruct(s.Key, "cognitive", s.Score, 3, 3, null, false, null, null,
            null)).ToList(),
        [], new ProfileOverall(null, null, null, null, null, null));

    private static Dictionary<string, ConstructChange> Changes(AssessmentProfile before, AssessmentProfile after,
        Dictionary<string, double> semBefore, Dictionary<string, double>? semAfter = null) =>
        FirmChanges.Between(before, after, Instrument, AllButReworded, semBefore, semAfter ?? semBefore)
            .ToDictionary(c => c.Construct);

    [Fact]
    public void a_change_is_real_only_when_the_rci_is_beyond_1_96()
    {
        // SEM 5 in both: S_diff = √2 × 5; +15 -> 15 / 7.0711 = 2.1213 (real); +10 -> 1.4142 (within error)
        var changes = Changes(Profile(("up", 40), ("small", 40)), Profile(("up", 55), ("small", 50)),
            new() { ["up"] = 5, ["small"] = 5 });

        Assert.Equal(15, changes["up"].Delta!.Value, Exact);
        Assert.Equal(5 * Math.Sqrt(2), changes["up"].StandardError!.Value, Exact);
        Assert.Equal(3 / Math.Sqrt(2), changes["up"].Rci!.Value, Exact);
        Assert.True(changes["up"].Significant);
        Assert.Equal(2 / Math.Sqrt(2), changes["small"].Rci!.Value, Exact);
        Assert.False(changes["small"].Significant);
        Assert.Null(changes["small"].Reason);
    }

    [Fact]
    public void a_decline_is_judged_the_same_way_with_a_negative_index()
    {
        var change = Changes(Profile(("up", 80)), Profile(("up", 60)), new() { ["up"] = 5 })["up"];
        Assert.Equal(-20 / (5 * Math.Sqrt(2)), change.Rci!.Value, Exact);
        Assert.True(change.Significant);
    }

    [Fact]
    public void each_profile_brings_its_own_sem_into_the_error_of_the_difference()
    {
        // SEM 3 before, 4 after: S_diff = √(9 + 16) = 5; +10 -> 2.0 (real), +9.5 -> 1.9 (within error)
        var real = Changes(Profile(("up", 50)), Profile(("up", 60)), new() { ["up"] = 3 }, new() { ["up"] = 4 })["up"];
        var within = Changes(Profile(("up", 50)), Profile(("up", 59.5)), new() { ["up"] = 3 },
            new() { ["up"] = 4 })["up"];
        Assert.Equal((5.0, 2.0, true), (real.StandardError!.Value, real.Rci!.Value, real.Significant));
        Assert.Equal(1.9, within.Rci!.Value, Exact);
        Assert.False(within.Significant);
    }

    [Fact]
    public void without_an_sem_the_delta_is_shown_and_the_change_is_not_judged()
    {
        var change = Changes(Profile(("up", 20)), Profile(("up", 90)), [])["up"];
        Assert.Equal(70, change.Delta!.Value, Exact);
        Assert.Null(change.Rci);
        Assert.False(change.Significant);
        Assert.Equal(ChangeReasons.NoMeasurementError, change.Reason!.Code);
    }

    [Fact]
    public void constructs_the_crosswalk_does_not_declare_comparable_get_no_delta()
    {
        var change = Changes(Profile(("reworded", 20)), Profile(("reworded", 90)),
            new() { ["reworded"] = 1 })["reworded"];
        Assert.Equal((null, null, false), (change.Delta, change.Rci, change.Significant));
        Assert.Equal(ChangeReasons.NotComparable, change.Reason!.Code);
    }

    [Fact]
    public void a_construct_new_in_the_later_profile_or_unscored_in_one_is_not_judged()
    {
        var changes = Changes(Profile(("small", null)), Profile(("up", 50), ("small", 60)),
            new() { ["up"] = 1, ["small"] = 1 });
        Assert.Equal(ChangeReasons.NotComparable, changes["up"].Reason!.Code);
        Assert.Equal(ChangeReasons.NoScore, changes["small"].Reason!.Code);
        Assert.Null(changes["small"].Delta);
    }

    [Fact]
    public void an_index_shows_its_delta_but_has_no_measurement_error_to_judge_it()
    {
        var change = Changes(Profile(("idx", 0)), Profile(("idx", 100)), new() { ["idx"] = 1 })["idx"];
        Assert.Equal(100, change.Delta!.Value, Exact);
        Assert.Equal(ReasonCodes.IndexNotAScale, change.Reason!.Code);
        Assert.False(change.Significant);
    }
}
