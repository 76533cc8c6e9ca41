using CapabilityAssessment.Scoring.Measurement;

namespace CapabilityAssessment.Tests.Scoring.Measurement;

/// <summary>
/// Two-step polychorics against lavaan 0.6-14 lavCor(missing = "pairwise") on the kept data (Reference/reference.R).
/// Tolerance 1e-6: both sides maximise the same likelihood to convergence with accurate Φ₂ (lavaan's pbivnorm is
/// Genz's too), so the difference is limited by the stopping rules.
/// </summary>
public sealed class polychoric_correlations
{
    [Theory]
    [InlineData("one_factor")]
    [InlineData("two_factor")]
    public void polychorics_with_pairwise_missing_answers_match_lavaan(string set)
    {
        var data = set == "one_factor" ? ReferenceData.OneFactor : ReferenceData.TwoFactor;
        var rho = Polychoric.Matrix(OrdinalItems.From(data.Rows, 6)).Rho;
        for (var i = 0; i < 6; i++)
        {
            var expected = data.Values($"rho.i{i + 1}");
            for (var j = 0; j < 6; j++) Assert.Equal(expected[j], rho[i, j], 1e-6);
        }
    }

    [Fact]
    public void thresholds_come_from_each_items_own_available_answers()
    {
        var items = OrdinalItems.From(ReferenceData.OneFactor.Rows, 6);
        var expected = ReferenceData.OneFactor.Values("thresholds");
        for (var i = 0; i < 6; i++)
            for (var c = 0; c < 4; c++) Assert.Equal(expected[i * 4 + c], items.Thresholds[i][c + 1], 1e-9);
    }

    [Fact]
    public void the_bivariate_normal_matches_its_closed_form_at_the_origin()
    {
        // Φ₂(0, 0; ρ) = 1/4 + asin(ρ)/(2π) (Sheppard 1899), in each of Genz's three
        // quadrature regimes and the |ρ| ≥ .925 one.
        foreach (var rho in new[] { -0.99, -0.9, -0.5, 0, 0.2, 0.6, 0.8, 0.95 })
            Assert.Equal(0.25 + Math.Asin(rho) / (2 * Math.PI), BivariateNormal.Cdf(0, 0, rho), 1e-14);
    }

    [Fact]
    public void an_unused_category_does_not_break_the_thresholds()
    {
        int?[][] rows = [[1, 1], [1, 2], [2, 1], [4, 4], [4, 5], [5, 5], [2, 2], [5, 4]];
        var items = OrdinalItems.From(rows, 2);
        Assert.Equal(5, items.Thresholds[0].Length);   // categories 1, 2, 4, 5 observed: −∞, three thresholds, +∞
        Assert.InRange(Polychoric.Pair(items, 0, 1).Rho, 0.8, 1);
    }
}
