using CapabilityAssessment.Scoring.Interpretations;

namespace CapabilityAssessment.Tests.Scoring.Interpretations;

public sealed class recommendations_within_error
{
    private static CommonScore T(string construct, double score, double sem = 3) => new(construct, score, sem);

    [Fact]
    public void a_flat_profile_says_nothing_stands_out()
    {
        // Differences of 3-4 T points against SE √(9·(1 − 2/6) + 54/36) = 2.74: |z| < 1.96 everywhere.
        var result = Recommendations.Below([T("a", 47), T("b", 51), T("c", 50), T("d", 52), T("e", 49), T("f", 51)]);
        Assert.True(result.NothingStandsOut);
    }

    [Fact]
    public void only_constructs_reliably_below_the_firms_own_mean_are_named()
    {
        // Mean 50; SE 2.74: 40 (z = −3.65) and 44 (z = −2.19) are reliably below, 47 (z = −1.10) is not.
        var result = Recommendations.Below([T("sensing", 40), T("seizing", 44), T("learning", 47), T("x", 58),
            T("y", 55), T("z", 56)]);
        Assert.Equal(["sensing", "seizing"], result.Constructs.Select(c => c.Construct));
        Assert.Equal([1, 2], result.Constructs.Select(c => c.Rank));
        Assert.True(result.Constructs[0].BelowMean.Z < -1.96);
    }

    [Fact]
    public void a_tie_is_never_broken_by_the_instruments_order()
    {
        // Two constructs tie at the third place: both are named, with the same rank, whichever comes first in the list.
        CommonScore[] profile = [T("w", 30), T("v", 34), T("reconfiguring", 36), T("cultural", 36), T("p", 66),
            T("q", 66),
            T("r", 66), T("s", 66)];
        var forward = Recommendations.Below(profile);
        var backward = Recommendations.Below(profile.Reverse().ToArray());

        Assert.Equal(["w", "v", "cultural", "reconfiguring"], forward.Constructs.Select(c => c.Construct));
        Assert.Equal([1, 2, 3, 3], forward.Constructs.Select(c => c.Rank));
        Assert.Equal(forward.Constructs.Select(c => c.Construct), backward.Constructs.Select(c => c.Construct));
    }

    [Fact]
    public void a_less_reliable_construct_needs_a_larger_gap()
    {
        // The same 8-point gap below the mean is reliable with SEM 2 and not with SEM 6.
        var precise = Recommendations.Below([T("a", 42, 2), T("b", 54, 2), T("c", 54, 2)]);
        var noisy = Recommendations.Below([T("a", 42, 6), T("b", 54, 2), T("c", 54, 2)]);
        Assert.Single(precise.Constructs);
        Assert.True(noisy.NothingStandsOut);
    }

    [Fact]
    public void scores_are_put_on_the_norms_metric_with_their_error()
    {
        var t = CommonScore.FromNorm("sensing", 62, normMean: 55, normSd: 14, reliability: 0.84);
        Assert.Equal(55, t.Score, 1e-12);
        Assert.Equal(4, t.Sem, 1e-12);
    }
}
