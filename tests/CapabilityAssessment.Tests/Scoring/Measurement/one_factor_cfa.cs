using CapabilityAssessment.Scoring.Measurement;

namespace CapabilityAssessment.Tests.Scoring.Measurement;

/// <summary>
/// One-factor CFA by ULS on the polychorics against lavaan 0.6-14 cfa(estimator = "ULS", ordered, missing =
/// "pairwise").
/// Tolerances: 1e-6 for loadings, alpha, omega, SRMR, CFI, TLI and RMSEA (the inputs agree to ~1e-7 and these are
/// smooth
/// in them); the chi-squares scale by N − 1, so 1e-6 relative; RMSEA interval bounds 1e-5 (root-finding on a
/// noncentral chi-square on both sides).
/// </summary>
public sealed class one_factor_cfa
{
    public static TheoryData<string> Sets => ["one_factor", "two_factor"];

    private static (ReferenceData Data, double[,] Rho, UlsSolution Solution) Fit(string set)
    {
        var data = set == "one_factor" ? ReferenceData.OneFactor : ReferenceData.TwoFactor;
        var rho = Polychoric.Matrix(OrdinalItems.From(data.Rows, 6)).Rho;
        return (data, rho, OneFactorUls.Fit(rho));
    }

    [Theory, MemberData(nameof(Sets))]
    public void loadings_and_fit_indices_match_lavaan(string set)
    {
        var (data, rho, solution) = Fit(set);
        var fit = ModelFit.OneFactor(rho, solution.Loadings, data.Rows.Count);

        Assert.True(solution.Converged);
        for (var i = 0; i < 6; i++) Assert.Equal(data.Values("loadings")[i], solution.Loadings[i], 1e-6);
        Assert.Equal(data.Value("chisq"), fit.ChiSquare, 1e-6 * data.Value("chisq"));
        Assert.Equal(data.Value("baseline.chisq"), fit.BaselineChiSquare, 1e-6 * data.Value("baseline.chisq"));
        Assert.Equal((int)data.Value("df"), fit.Df);
        Assert.Equal((int)data.Value("baseline.df"), fit.BaselineDf);
        Assert.Equal(data.Value("cfi"), fit.Cfi!.Value, 1e-6);
        Assert.Equal(data.Value("tli"), fit.Tli!.Value, 1e-6);
        Assert.Equal(data.Value("rmsea"), fit.Rmsea!.Value, 1e-6);
        Assert.Equal(data.Value("rmsea.ci.lower"), fit.RmseaLower!.Value, 1e-5);
        Assert.Equal(data.Value("rmsea.ci.upper"), fit.RmseaUpper!.Value, 1e-5);
        Assert.Equal(data.Value("srmr"), fit.Srmr, 1e-6);
    }

    [Theory, MemberData(nameof(Sets))]
    public void ordinal_alpha_and_omega_match_psych_and_semtools(string set)
    {
        var (data, rho, solution) = Fit(set);
        Assert.Equal(data.Value("ordinal.alpha"), OrdinalReliability.Alpha(rho), 1e-6);
        Assert.Equal(data.Value("omega.semTools"), OrdinalReliability.Omega(solution.Loadings), 1e-6);
    }

    [Theory, MemberData(nameof(Sets))]
    public void eigenvalues_and_the_largest_residual_match_r(string set)
    {
        var (data, rho, solution) = Fit(set);
        var check = Dimensionality.Check(rho, solution.Loadings, data.Rows.Count, replicates: 20);
        for (var i = 0; i < 6; i++) Assert.Equal(data.Values("eigen")[i], check.Eigenvalues[i], 1e-6);
        Assert.Equal(data.Value("max.abs.residual"), Math.Abs(check.LargestResidual), 1e-6);
    }

    [Fact]
    public void a_just_identified_model_reports_no_fit_indices()
    {
        double[,] r = { { 1, 0.5, 0.4 }, { 0.5, 1, 0.3 }, { 0.4, 0.3, 1 } };
        var solution = OneFactorUls.Fit(r);
        var fit = ModelFit.OneFactor(r, solution.Loadings, 100);
        Assert.Equal(0, fit.Df);
        Assert.Null(fit.Cfi);
        Assert.Null(fit.Rmsea);
        Assert.Equal(0, fit.ChiSquare, 1e-12);
        // Three items fit exactly: λ1 = √(r12·r13/r23).
        Assert.Equal(Math.Sqrt(0.5 * 0.4 / 0.3), solution.Loadings[0], 1e-9);
    }
}
