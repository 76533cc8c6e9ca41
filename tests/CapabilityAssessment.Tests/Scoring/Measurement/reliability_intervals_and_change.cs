using CapabilityAssessment.Scoring.Measurement;

namespace CapabilityAssessment.Tests.Scoring.Measurement;

public sealed class reliability_intervals_and_change
{
    [Fact]
    public void bootstrap_intervals_agree_with_rs_bootstrap_within_monte_carlo_error()
    {
        // Both sides draw 1000 resamples with different generators; the 2.5% and 97.5% quantiles of 1000 draws carry a
        // Monte Carlo SE of about 0.003 here, so 0.01 (three SEs) is the honest tolerance, not 1e-4.
        var expected = ReferenceData.Section("bootstrap");
        var items = OrdinalItems.From(ReferenceData.OneFactor.Rows, 6);
        var (alpha, omega) = Bootstrap.AlphaOmega(items, 1000, seed: 7);
        Assert.Equal(1000, alpha.Replicates);
        Assert.Equal(expected["alpha.ci"][0], alpha.Lower, 0.01);
        Assert.Equal(expected["alpha.ci"][1], alpha.Upper, 0.01);
        Assert.Equal(expected["omega.ci"][0], omega.Lower, 0.01);
        Assert.Equal(expected["omega.ci"][1], omega.Upper, 0.01);
    }

    [Fact]
    public void the_same_seed_gives_the_same_interval()
    {
        var items = OrdinalItems.From(ReferenceData.OneFactor.Rows, 6);
        Assert.Equal(Bootstrap.AlphaOmega(items, 50, seed: 3), Bootstrap.AlphaOmega(items, 50, seed: 3));
    }

    [Fact]
    public void a_change_beyond_the_reliable_change_index_is_real_and_one_within_it_is_not()
    {
        // SD 15, r = .84: SEM = 15·√.16 = 6, S_diff = √2·6 = 8.485; 1.96·8.485 = 16.63 points.
        var sem = ReliableChange.StandardErrorOfMeasurement(15, 0.84);
        Assert.Equal(6, sem, 1e-12);
        var real = ReliableChange.Index(50, 67, sem);
        var noise = ReliableChange.Index(50, 66, sem);
        Assert.Equal(17 / Math.Sqrt(72), real.Z, 1e-12);
        Assert.True(real.Reliable);
        Assert.False(noise.Reliable);
        Assert.True(ReliableChange.Index(67, 50, sem).Reliable);   // a decline is change too
    }

    [Fact]
    public void a_difference_between_two_constructs_uses_both_errors()
    {
        var d = ReliableChange.Between(60, 3, 50, 4);
        Assert.Equal(5, d.StandardError, 1e-12);
        Assert.Equal(2, d.Z, 1e-12);
        Assert.True(d.Reliable);
    }

    [Fact]
    public void the_error_of_a_score_against_its_profile_mean_follows_davis()
    {
        // m = 4, all SEM 4: SE = √(16·(1 − 2/4) + 64/16) = √12.
        var d = ReliableChange.AgainstMean([40, 60, 60, 60], [4, 4, 4, 4]);
        Assert.Equal(Math.Sqrt(12), d[0].StandardError, 1e-12);
        Assert.Equal(-15, d[0].Difference, 1e-12);
        Assert.True(d[0].Reliable);
        Assert.False(d[1].Reliable);
    }
}
