using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Tests.Scoring;

public sealed class reliability_edge_cases
{
    private const double Exact = 1e-9;

    [Fact]
    public void a_zero_variance_item_keeps_alpha_but_has_no_item_rest_correlation_and_blocks_omega()
    {
        // i1 {1,2,3,4}: s² = 5/3; i2 {2,2,4,4}: s² = 4/3; i3 always 4: s² = 0; s12 = 4/3
        // s²_total = 5/3 + 4/3 + 2 × 4/3 = 17/3; alpha = 3/2 × (1 − 3/(17/3)) = 3/2 × 8/17 = 12/17
        // i1 against i2 + i3: 4/3 / √(5/3 × 4/3) = 4/√20
        var result = Reliability.Analyse("c", ["i1", "i2", "i3"], [[1, 2, 4], [2, 2, 4], [3, 4, 4], [4, 4, 4]]);

        Assert.Equal(12.0 / 17, result.Alpha!.Value, Exact);
        Assert.Equal(4 / Math.Sqrt(20), result.Items[0].ItemRest!.Value, Exact);
        Assert.Null(result.Items[2].ItemRest);
        Assert.Equal(0, result.Items[2].Sd!.Value, Exact);
        Assert.Equal(16.0 / 17, result.Items[2].AlphaIfDeleted!.Value, Exact);
        Assert.Null(result.Omega);
        Assert.Equal(ReasonCodes.ZeroVariance, result.OmegaReason!.Code);
    }

    [Fact]
    public void identical_answers_from_everyone_leave_alpha_undefined()
    {
        var result = Reliability.Analyse("c", ["i1", "i2", "i3"], [[3, 3, 3], [3, 3, 3], [3, 3, 3]]);
        Assert.Null(result.Alpha);
        Assert.Equal(ReasonCodes.ZeroVariance, result.AlphaReason!.Code);
    }

    [Fact]
    public void fewer_than_two_complete_cases_give_no_alpha_or_omega_but_item_descriptives_over_everyone()
    {
        var result = Reliability.Analyse("c", ["i1", "i2", "i3"], [[1, 2, 3], [2, null, 3]]);

        Assert.Equal((2, 1), (result.Respondents, result.CompleteCases));
        Assert.Null(result.Alpha);
        Assert.Equal(ReasonCodes.TooFewCompleteCases, result.AlphaReason!.Code);
        Assert.Null(result.Omega);
        Assert.NotNull(result.OmegaReason);
        Assert.All(result.Items, i => Assert.Null(i.AlphaIfDeleted));
        Assert.All(result.Items, i => Assert.Null(i.ItemRest));
        Assert.Equal(1.5, result.Items[0].Mean!.Value, Exact);
        Assert.Equal(Math.Sqrt(0.5), result.Items[0].Sd!.Value, Exact);
        Assert.Equal((2, 1, 0.5), (result.Items[1].Mean!.Value, result.Items[1].Answered,
            result.Items[1].ShareMissing!.Value));
        Assert.Null(result.Items[1].Sd);
    }

    [Fact]
    public void listwise_deletion_keeps_only_complete_cases_for_alpha()
    {
        // the incomplete row would change alpha if it were used; the complete rows are the hand
        // example of cronbach_alpha (126/131)
        var result = Reliability.Analyse("c", ["i1", "i2", "i3"],
            [[1, 2, 3], [2, 2, 3], [5, null, 1], [3, 4, 4], [4, 4, 5]]);
        Assert.Equal(4, result.CompleteCases);
        Assert.Equal(126.0 / 131, result.Alpha!.Value, Exact);
        Assert.Equal(0.2, result.Items[1].ShareMissing!.Value, Exact);
    }

    [Fact]
    public void all_missing_gives_nulls_with_reasons()
    {
        var result = Reliability.Analyse("c", ["i1", "i2", "i3"], [[null, null, null], [null, null, null]]);
        Assert.Equal(0, result.CompleteCases);
        Assert.Equal(ReasonCodes.TooFewCompleteCases, result.AlphaReason!.Code);
        Assert.All(result.Items, i => Assert.Equal((null, null, 1.0), (i.Mean, i.Sd, i.ShareMissing)));
    }

    [Fact]
    public void no_respondents_at_all_gives_nulls_not_errors()
    {
        var result = Reliability.Analyse("c", ["i1", "i2", "i3"], []);
        Assert.Equal(0, result.Respondents);
        Assert.Null(result.Alpha);
        Assert.All(result.Items, i => Assert.Null(i.ShareMissing));
    }
}
