using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Tests.Scoring;

/// <summary>
/// Reference values were computed independently in Python 3 (reference_values.py beside this file): variances and
/// covariances as exact fractions (n − 1), alpha = k/(k − 1)(1 − Σs²_i/s²_total) in exact arithmetic,
/// item-rest r as Pearson between the item and the sum of the other items. They agree with psych::alpha's
/// published three-decimal output for the same data.
/// </summary>
public sealed class cronbach_alpha
{
    private const double Exact = 1e-9;

    private static readonly ConstructReliability Attitude =
        Reliability.Analyse("attitude", AttitudeData.Items, AttitudeData.Rows);

    [Fact]
    public void alpha_matches_the_independent_computation_and_the_published_value()
    {
        Assert.Equal(0.8431427695647599, Attitude.Alpha!.Value, Exact);
        Assert.Equal(0.843, Math.Round(Attitude.Alpha.Value, 3));
        Assert.Equal((30, 30), (Attitude.Respondents, Attitude.CompleteCases));
    }

    [Fact]
    public void alpha_if_item_deleted_matches()
    {
        double[] expected = [0.8097602063089214, 0.7969174572741397, 0.8278477659386589, 0.8030309750225744,
            0.7953865741982051, 0.8638723114464368, 0.8404648682654573];
        double[] published = [0.810, 0.797, 0.828, 0.803, 0.795, 0.864, 0.840];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], Attitude.Items[i].AlphaIfDeleted!.Value, Exact);
            Assert.Equal(published[i], Math.Round(Attitude.Items[i].AlphaIfDeleted!.Value, 3));
        }
    }

    [Fact]
    public void item_rest_correlations_match()
    {
        double[] expected = [0.6712620572236645, 0.7421097102222386, 0.5607111114802555, 0.7144454981336763,
            0.7862755938343999, 0.26503433919667607, 0.4608105494684964];
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], Attitude.Items[i].ItemRest!.Value, Exact);
    }

    [Fact]
    public void item_means_and_standard_deviations_match()
    {
        double[] means = [64.63333333333334, 66.6, 53.13333333333333, 56.36666666666667, 64.63333333333334,
            74.76666666666667, 42.93333333333333];
        double[] sds = [12.172561947585894, 13.314757174679892, 12.235429993524411, 11.737012876552868,
            10.397225536198333, 9.894907548951574, 10.288706005342354];
        for (var i = 0; i < means.Length; i++)
        {
            Assert.Equal(means[i], Attitude.Items[i].Mean!.Value, Exact);
            Assert.Equal(sds[i], Attitude.Items[i].Sd!.Value, Exact);
            Assert.Equal(0, Attitude.Items[i].ShareMissing!.Value, Exact);
        }
    }

    [Fact]
    public void a_small_hand_computed_example_matches()
    {
        // i1 {1,2,3,4}: s² = 5/3; i2 {2,2,4,4}: s² = 4/3; i3 {3,3,4,5}: s² = 11/12
        // s12 = 4/3, s13 = 7/6, s23 = 1; s²_total = 5/3 + 4/3 + 11/12 + 2(4/3 + 7/6 + 1) = 131/12
        // alpha = 3/2 × (1 − (47/12)/(131/12)) = 3/2 × 84/131 = 126/131
        var result = Reliability.Analyse("c", ["i1", "i2", "i3"],
            [[1, 2, 3], [2, 2, 3], [3, 4, 4], [4, 4, 5]]);
        Assert.Equal(126.0 / 131, result.Alpha!.Value, Exact);
        // without i3: 2 × (1 − 3/(3 + 8/3)) = 2 × 8/17 = 16/17
        Assert.Equal(16.0 / 17, result.Items[2].AlphaIfDeleted!.Value, Exact);
        // i3 against i1 + i2: cov = 7/6 + 1 = 13/6, var(rest) = 5/3 + 4/3 + 8/3 = 17/3: r = (13/6)/√(11/12 × 17/3)
        Assert.Equal(13.0 / 6 / Math.Sqrt(11.0 / 12 * 17 / 3), result.Items[2].ItemRest!.Value, Exact);
    }
}
