namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>Standardised loadings of a one-factor model, its ULS discrepancy and how it was reached.</summary>
internal sealed record UlsSolution(double[] Loadings, double Discrepancy, bool Converged, bool Heywood, int Iterations);

/// <summary>
/// One-factor model fitted to a correlation matrix by unweighted least squares on the off-diagonal elements:
/// minimise F = Σ_(i&lt;j) (r_ij − λ_i λ_j)², the diagonal being reproduced by ψ_i = 1 − λ_i² (Jöreskog
/// 1977; lavaan's estimator = "ULS" with ordered items, delta parameterisation, whose thresholds are
/// saturated and drop out of F). Levenberg-Marquardt on the residuals e_ij: (JᵀJ + μ·diag(JᵀJ)) δ = Jᵀe with
/// (JᵀJ)_ii = Σ_(j≠i) λ_j², (JᵀJ)_ij = λ_i λ_j and (Jᵀe)_i = Σ_(j≠i) e_ij λ_j. Start: λ_i = √(mean
/// off-diagonal r of item i), at least 0.1.
/// </summary>
internal static class OneFactorUls
{
    public const double Tolerance = 1e-12;
    public const int MaxIterations = 500;

    public static UlsSolution Fit(double[,] r)
    {
        var k = r.GetLength(0);
        if (k < 3) throw new ArgumentException($"A one-factor model needs at least 3 items; {k} given");
        var lambda = new double[k];
        for (var i = 0; i < k; i++)
        {
            double sum = 0;
            for (var j = 0; j < k; j++) if (j != i) sum += r[i, j];
            lambda[i] = Math.Sqrt(Math.Max(sum / (k - 1), 0.01));
        }
        var f = Discrepancy(r, lambda);
        var mu = 1e-3;
        var trial = new double[k];
        var normal = new double[k, k];
        var gradient = new double[k];
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            for (var i = 0; i < k; i++)
            {
                gradient[i] = 0;
                for (var j = 0; j < k; j++)
                {
                    if (j == i) { normal[i, i] = 0; continue; }
                    normal[i, j] = lambda[i] * lambda[j];
                    gradient[i] += (r[i, j] - lambda[i] * lambda[j]) * lambda[j];
                }
                for (var j = 0; j < k; j++) if (j != i) normal[i, i] += lambda[j] * lambda[j];
            }
            while (true)
            {
                var damped = (double[,])normal.Clone();
                for (var i = 0; i < k; i++) damped[i, i] *= 1 + mu;
                var step = Solve(damped, gradient);
                var largest = 0.0;
                for (var i = 0; i < k; i++)
                {
                    trial[i] = lambda[i] + step[i];
                    largest = Math.Max(largest, Math.Abs(step[i]));
                }
                var g = Discrepancy(r, trial);
                if (g <= f)
                {
                    Array.Copy(trial, lambda, k);
                    f = g;
                    mu = Math.Max(mu / 10, 1e-12);
                    if (largest < Tolerance) return Done(lambda, f, true, iteration);
                    break;
                }
                mu *= 10;
                if (mu > 1e12) return Done(lambda, f, largest < 1e-8, iteration);
            }
        }
        return Done(lambda, f, false, MaxIterations);
    }

    /// <summary>F = Σ_(i&lt;j) (r_ij − λ_i λ_j)².</summary>
    public static double Discrepancy(double[,] r, double[] lambda)
    {
        double f = 0;
        for (var i = 0; i < lambda.Length; i++)
            for (var j = 0; j < i; j++)
            {
                var e = r[i, j] - lambda[i] * lambda[j];
                f += e * e;
            }
        return f;
    }

    private static UlsSolution Done(double[] lambda, double f, bool converged, int iterations)
    {
        if (lambda.Sum() < 0) for (var i = 0; i < lambda.Length; i++) lambda[i] = -lambda[i];
        return new(lambda, f, converged, lambda.Any(l => l * l >= 1), iterations);
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        var inverse = SymmetricEigen.Inverse(a);
        var x = new double[b.Length];
        if (inverse is null) return x;
        for (var i = 0; i < b.Length; i++)
            for (var j = 0; j < b.Length; j++) x[i] += inverse[i, j] * b[j];
        return x;
    }
}
