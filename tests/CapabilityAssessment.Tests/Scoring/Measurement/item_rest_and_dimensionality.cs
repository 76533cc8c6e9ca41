using CapabilityAssessment.Scoring.Measurement;

namespace CapabilityAssessment.Tests.Scoring.Measurement;

public sealed class item_rest_and_dimensionality
{
    [Theory]
    [InlineData("one_factor")]
    [InlineData("two_factor")]
    public void item_rest_correlations_from_pairwise_covariances_match_psych_r_drop(string set)
    {
        // psych::alpha(x, use = "pairwise")$item.stats$r.drop; closed form on the same covariances, so 1e-9.
        var data = set == "one_factor" ? ReferenceData.OneFactor : ReferenceData.TwoFactor;
        var r = ItemRest.Correlations(data.Rows, 6);
        for (var i = 0; i < 6; i++) Assert.Equal(data.Values("item.rest")[i], r[i], 1e-9);
    }

    [Fact]
    public void two_constructs_of_three_items_correlated_0_2_get_a_plain_warning()
    {
        var result = MeasurementModel.Analyse("agility", ["a1", "a2", "a3", "b1", "b2", "b3"],
            ReferenceData.TwoFactor.Rows, new(BootstrapReplicates: 0), out var reason)!;
        Assert.Null(reason);
        Assert.Equal(2, result.Dimensionality.Factors);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("agility may measure more than one thing: parallel analysis keeps 2 factors", warning);
        Assert.Contains("second eigenvalue 1.78", warning);
    }

    [Fact]
    public void a_one_factor_construct_gets_no_warning()
    {
        var result = MeasurementModel.Analyse("sensing", ["i1", "i2", "i3", "i4", "i5", "i6"],
            ReferenceData.OneFactor.Rows, new(BootstrapReplicates: 0), out _)!;
        Assert.Equal(1, result.Dimensionality.Factors);
        Assert.Empty(result.Warnings);
        Assert.Equal(300, result.Respondents);
        Assert.InRange(result.SmallestPair, 250, 299);   // pairwise: fewer than all, more than the complete cases
    }

    [Fact]
    public void a_construct_with_a_constant_item_is_not_analysed_and_says_why()
    {
        int?[][] rows = [[1, 3, 2], [2, 3, 3], [3, 3, 1], [4, 3, 5]];
        Assert.Null(MeasurementModel.Analyse("c", ["x", "y", "z"], rows, new(BootstrapReplicates: 0), out var reason));
        Assert.Equal("c: item y has fewer than two different answers", reason);
    }

    [Fact]
    public void items_never_answered_together_are_named()
    {
        int?[][] rows = [[1, null, 2], [2, null, 3], [null, 3, 1], [null, 4, 5], [3, null, 1], [null, 1, 4]];
        Assert.Null(MeasurementModel.Analyse("c", ["x", "y", "z"], rows, new(BootstrapReplicates: 0), out var reason));
        Assert.Equal("c: no respondent answered both x and y", reason);
    }
}
