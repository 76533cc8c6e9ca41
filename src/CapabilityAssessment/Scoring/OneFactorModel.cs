namespace CapabilityAssessment.Scoring;

/// <summary>
/// Standardised loadings of a one-factor model and McDonald's omega total; null with a reason when not estimable.
/// </summary>
internal sealed record OneFactorFit(double[]? Loadings, double? Omega, ScoreReason? Reason, int Iterations);

/// <summary>
/// One-factor model by iterated principal-axis factoring on the correlation matrix, and omega total from it:
/// ω = (Σλ)² / ((Σλ)² + Σψ), ψ_i = 1 − λ_i² (McDonald 1999, eq. 6.20b).
/// Why this method: principal-axis factoring is what SPSS ("principal axis factoring") and R psych::fa(fm = "pa")
/// report, so figures can be checked with the tools consultants have; iterated to convergence it reaches the same
/// solution as minres (ULS) (Harman 1976), and on the correlation matrix the result does not depend on the items'
/// variances. Omega therefore refers to the sum of standardised items. Start: squared multiple correlations (1 −
/// 1/r^ii), as psych does; communalities are iterated until no communality changes by more than 1e-12.
/// </summary>
internal static class OneFactorModel
{
    public const double Tolerance = 1e-12;
    public const int MaxIterations = 10_000;

    public static OneFactorFit Fit(double[,] covariance)
    {
        var k = covariance.GetLength(0);
        if (k < 3)
            return new(null, null, new(ReasonCodes.TooFewItems,
                $"A one-factor model needs at least 3 items to be identified; {k} given"), 0);
        var flat = Enumerable.Range(0, k).Where(i => covariance[i, i] <= 1e-12).ToList();
        if (flat.Count > 0)
            return new(null, null, new(ReasonCodes.ZeroVariance,
                $"Item(s) at position {string.Join(", ", flat.Select(i => i + 1))} have no variance, so their " +
                    "correlations are undefined"), 0);

        var r = new double[k, k];
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++) r[i, j] = covariance[i, j] / Math.Sqrt(covariance[i, i] * covariance[j, j]);
        var h = StartingCommunalities(r);
        var loadings = new double[k];
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var reduced = (double[,])r.Clone();
            for (var i = 0; i < k; i++) reduced[i, i] = h[i];
            var (value, vector) = SymmetricEigen.Largest(reduced);
            if (value <= 0)
                return new(null, null, new(ReasonCodes.NotConverged,
                    "The reduced correlation matrix has no positive eigenvalue"), iteration);
            var sign = vector.Sum() < 0 ? -1 : 1;
            var change = 0.0;
            for (var i = 0; i < k; i++)
            {
                loadings[i] = sign * vector[i] * Math.Sqrt(value);
                change = Math.Max(change, Math.Abs(loadings[i] * loadings[i] - h[i]));
                h[i] = loadings[i] * loadings[i];
            }
            if (change <= Tolerance) return Omega(loadings, iteration);
        }
        return new(loadings, null, new(ReasonCodes.NotConverged,
            $"Principal-axis factoring did not converge to {Tolerance} in {MaxIterations} iterations"), MaxIterations);
    }

    private static OneFactorFit Omega(double[] loadings, int iterations)
    {
        if (loadings.Any(l => l * l > 1 + Tolerance))
            return new(loadings, null, new(ReasonCodes.HeywoodCase,
                "A communality exceeds 1 (Heywood case): the one-factor model does not fit, so omega is not reported"),
                    iterations);
        var sum = loadings.Sum();
        var uniqueness = loadings.Sum(l => 1 - l * l);
        return new(loadings, sum * sum / (sum * sum + uniqueness), null, iterations);
    }

    /// <summary>
    /// SMC_i = 1 − 1/(R⁻¹)_ii; for a singular R, the largest absolute correlation of each item instead.
    /// </summary>
    private static double[] StartingCommunalities(double[,] r)
    {
        var k = r.GetLength(0);
        if (SymmetricEigen.Inverse(r) is { } inverse)
            return Enumerable.Range(0, k).Select(i => 1 - 1 / inverse[i, i]).ToArray();
        return Enumerable.Range(0, k)
            .Select(i => Enumerable.Range(0, k).Where(j => j != i).Max(j => Math.Abs(r[i, j]))).ToArray();
    }
}
