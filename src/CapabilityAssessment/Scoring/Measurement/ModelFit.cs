namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>Global fit of a model; the indices that need df &gt; 0 are null for a just-identified model (3
/// items).</summary>
internal sealed record FitIndices(double ChiSquare, int Df, double BaselineChiSquare, int BaselineDf,
    double? Cfi, double? Tli, double? Rmsea, double? RmseaLower, double? RmseaUpper, double Srmr);

/// <summary>
/// Fit of a one-factor ULS solution on a k × k correlation matrix from N respondents, as lavaan 0.6 reports it for
/// estimator = "ULS" with ordered items (the standard, unscaled test; it is not chi-square distributed under ULS, so
/// the
/// p-value is not reported and the indices are descriptive):
/// T = (N − 1)·Σ_(i&lt;j) e_ij², df = k(k − 1)/2 − k; baseline (independence) T_b = (N − 1)·Σ_(i&lt;j)
/// r_ij², df_b = k(k − 1)/2; CFI = 1 − max(T − df, 0)/max(T − df, T_b − df_b, 0) (Bentler 1990); TLI =
/// (T_b/df_b − T/df)/(T_b/df_b − 1) (Tucker &amp; Lewis 1973); RMSEA = √(max(T − df, 0)/(df (N − 1)))
/// (Steiger 1990) with a 90% interval from the noncentrality parameters λ at which P(χ²_df(λ) ≤ T) =
/// 0.95 and 0.05 (Browne &amp; Cudeck 1993); SRMR = √(Σ_(i≤j) e_ij² / (k(k + 1)/2)), the diagonal
/// residuals being zero (Bentler 1995).
/// </summary>
internal static class ModelFit
{
    public static FitIndices OneFactor(double[,] r, double[] lambda, int n)
    {
        var k = lambda.Length;
        double residuals = 0, correlations = 0;
        for (var i = 0; i < k; i++)
            for (var j = 0; j < i; j++)
            {
                var e = r[i, j] - lambda[i] * lambda[j];
                residuals += e * e;
                correlations += r[i, j] * r[i, j];
            }
        return Indices((n - 1) * residuals, k * (k - 1) / 2 - k, (n - 1) * correlations, k * (k - 1) / 2, n - 1,
            1, Math.Sqrt(residuals / (k * (k + 1) / 2.0)));
    }

    /// <summary>
    /// The indices from T and T_b; <paramref name="scale"/> is N − 1 (summed over groups), and with G groups RMSEA is
    /// multiplied by √G (Steiger 1998, as lavaan does).
    /// </summary>
    public static FitIndices Indices(double t, int df, double tb, int dfb, double scale, int groups, double srmr)
    {
        if (df <= 0) return new(t, df, tb, dfb, null, null, null, null, null, srmr);
        var cfiDenominator = Math.Max(Math.Max(t - df, tb - dfb), 0);
        double? cfi = cfiDenominator > 0 ? 1 - Math.Max(t - df, 0) / cfiDenominator : 1;
        double? tli = tb / dfb - 1 is var d && d != 0 ? (tb / dfb - t / df) / d : null;
        double Rmsea(double lambda) => Math.Sqrt(lambda / (df * scale)) * Math.Sqrt(groups);
        return new(t, df, tb, dfb, cfi, tli, Rmsea(Math.Max(t - df, 0)), Rmsea(Noncentrality(t, df, 0.95)),
            Rmsea(Noncentrality(t, df, 0.05)), srmr);
    }

    /// <summary>The λ ≥ 0 with P(χ²_df(λ) ≤ t) = p, 0 when even λ = 0 gives less; by
    /// bisection (the CDF falls in λ).</summary>
    public static double Noncentrality(double t, int df, double p)
    {
        if (ChiSquare.Cdf(t, df) < p) return 0;
        double low = 0, high = Math.Max(t, 1);
        while (ChiSquare.NoncentralCdf(t, df, high) > p) high *= 2;
        for (var i = 0; i < 200 && high - low > 1e-12 * Math.Max(1, high); i++)
        {
            var mid = (low + high) / 2;
            if (ChiSquare.NoncentralCdf(t, df, mid) > p) low = mid; else high = mid;
        }
        return (low + high) / 2;
    }
}
