using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Tests.Scoring;

/// <summary>
/// Omega total from a one-factor principal-axis solution on the correlation matrix. Tolerance 1e-6: both sides are
/// iterative (the engine uses Jacobi eigenvectors and stops at 1e-12 change in communalities; the reference uses
/// shifted power iteration and stops at 1e-13), so agreement is limited by the stopping rules rather than by
/// arithmetic; 1e-6 is far below the 0.001 at which omega is reported.
/// </summary>
public sealed class omega_total
{
    private const double Iterative = 1e-6;

    [Fact]
    public void omega_and_loadings_match_an_independent_principal_axis_implementation()
    {
        // Python 3 (reference_values.py beside this file): Pearson correlations, SMC start from a Gauss-Jordan inverse,
        // largest eigenpair of the reduced matrix by power iteration shifted by +k, iterated
        // until communalities change < 1e-13.
        var result = Reliability.Analyse("attitude", AttitudeData.Items, AttitudeData.Rows);
        double[] loadings = [0.7577732004111402, 0.8338260940742044, 0.6034272224070887, 0.7887263826057279,
            0.8411199254401504, 0.2844651213392929, 0.49104656059010526];

        Assert.Equal(0.8506823589020134, result.Omega!.Value, Iterative);
        Assert.Null(result.OmegaReason);
        for (var i = 0; i < loadings.Length; i++) Assert.Equal(loadings[i], result.Items[i].Loading!.Value, Iterative);
    }

    [Fact]
    public void equal_correlations_give_loadings_of_their_square_root_and_omega_equal_to_alpha()
    {
        // Three "common" rows (d,d,d) and the three cyclic rows of (1,2,3): every variance 4/5, every covariance
        // 1/5, so r = 1/4. With equal correlations the principal-axis fixed point is λ = √r = 1/2, ψ = 3/4: ω = (3
        // × 1/2)² / ((3/2)² + 3 × 3/4) = (9/4) / (9/4 + 9/4) = 1/2, and alpha = 3/2 × (1 − 2.4/3.6) = 1/2.
        var result = Reliability.Analyse("c", ["i1", "i2", "i3"],
            [[1, 1, 1], [2, 2, 2], [3, 3, 3], [1, 2, 3], [2, 3, 1], [3, 1, 2]]);

        Assert.Equal(0.5, result.Omega!.Value, Iterative);
        Assert.All(result.Items, item => Assert.Equal(0.5, item.Loading!.Value, Iterative));
        Assert.Equal(0.5, result.Alpha!.Value, 1e-9);
    }

    [Fact]
    public void the_fit_converges_to_the_stated_tolerance()
    {
        var covariance = Reliability.Covariance(AttitudeData.Rows.Select(r => r.Select(v => v!.Value).ToArray())
            .ToList(), 7);
        var fit = OneFactorModel.Fit(covariance);
        Assert.InRange(fit.Iterations, 1, OneFactorModel.MaxIterations - 1);
        Assert.Null(fit.Reason);
    }

    [Fact]
    public void two_items_cannot_identify_a_one_factor_model()
    {
        var result = Reliability.Analyse("c", ["i1", "i2"], [[1, 2], [2, 2], [3, 4], [4, 5]]);
        Assert.Null(result.Omega);
        Assert.Equal(ReasonCodes.TooFewItems, result.OmegaReason!.Code);
        Assert.NotNull(result.Alpha);
    }

    [Fact]
    public void a_communality_above_one_is_a_heywood_case_and_omega_is_not_reported()
    {
        // r12 = r13 = .8, r23 = .5: the one-factor solution needs h1 = .8 × .8 / .5 =
        // 1.28 (reference_values.py agrees)
        var fit = OneFactorModel.Fit(new double[,] { { 1, .8, .8 }, { .8, 1, .5 }, { .8, .5, 1 } });
        Assert.Null(fit.Omega);
        Assert.Equal(ReasonCodes.HeywoodCase, fit.Reason!.Code);
        Assert.Equal(1.28, fit.Loadings![0] * fit.Loadings[0], Iterative);
    }
}
