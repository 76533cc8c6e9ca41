namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>Polychoric correlations and the number of respondents behind each.</summary>
internal sealed record PolychoricMatrix(double[,] Rho, int[,] Pairs);

/// <summary>
/// Two-step polychoric correlations (Olsson 1979, Psychometrika 44:443-460): thresholds from each item's own available
/// answers (OrdinalItems), then ρ maximising the bivariate likelihood Σ n_ab ln π_ab(ρ) of the
/// pairwise-complete cases, π_ab = Φ₂(τ_a, τ'_b) − Φ₂(τ_a−1, τ'_b) − Φ₂(τ_a, τ'_b−1) +
/// Φ₂(τ_a−1, τ'_b−1). Missing answers are handled pairwise (every respondent who answered both
/// items counts), as lavaan's missing = "pairwise" and psych::polychoric do. Solved by Fisher
/// scoring: ρ += U/I, U = Σ n_ab π'_ab/π_ab, I = N Σ π'_ab²/π_ab, π' from ∂Φ₂/∂ρ = φ₂.
/// </summary>
internal static class Polychoric
{
    public const double Tolerance = 1e-11;
    private const double Bound = 0.9999;

    public static PolychoricMatrix Matrix(OrdinalItems items)
    {
        var k = items.Count;
        var rho = new double[k, k];
        var pairs = new int[k, k];
        for (var i = 0; i < k; i++)
        {
            rho[i, i] = 1;
            pairs[i, i] = items.Codes[i].Count(c => c != OrdinalItems.Missing);
            for (var j = 0; j < i; j++)
            {
                (rho[i, j], pairs[i, j]) = Pair(items, i, j);
                (rho[j, i], pairs[j, i]) = (rho[i, j], pairs[i, j]);
            }
        }
        return new(rho, pairs);
    }

    /// <summary>ρ of items i and j and the number of respondents who answered both (NaN when either item is
    /// constant).</summary>
    public static (double Rho, int N) Pair(OrdinalItems items, int i, int j)
    {
        var a = items.Thresholds[i];
        var b = items.Thresholds[j];
        int rows = a.Length - 1, cols = b.Length - 1;
        Span<int> counts = stackalloc int[rows * cols];
        var (x, y) = (items.Codes[i], items.Codes[j]);
        var n = 0;
        for (var r = 0; r < x.Length; r++)
            if (x[r] != OrdinalItems.Missing && y[r] != OrdinalItems.Missing) { counts[x[r] * cols + y[r]]++; n++; }
        if (rows < 2 || cols < 2 || n == 0) return (double.NaN, n);

        Span<double> cdf = stackalloc double[(rows + 1) * (cols + 1)];
        Span<double> pdf = stackalloc double[(rows + 1) * (cols + 1)];
        double rho = 0, logLik = LogLikelihood(a, b, counts, rho, cdf, pdf, out var score, out var info);
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var step = score / info;
            double next, nextLogLik, nextScore, nextInfo;
            while (true)
            {
                next = Math.Clamp(rho + step, -Bound, Bound);
                nextLogLik = LogLikelihood(a, b, counts, next, cdf, pdf, out nextScore, out nextInfo);
                if (nextLogLik >= logLik - 1e-12 * Math.Abs(logLik) || Math.Abs(step) < Tolerance) break;
                step /= 2;
            }
            var moved = Math.Abs(next - rho);
            (rho, logLik, score, info) = (next, nextLogLik, nextScore, nextInfo);
            if (moved < Tolerance || Math.Abs(rho) >= Bound) break;
        }
        return (rho, n);
    }

    private static double LogLikelihood(double[] a, double[] b, ReadOnlySpan<int> counts, double rho,
        Span<double> cdf, Span<double> pdf, out double score, out double info)
    {
        int rows = a.Length - 1, cols = b.Length - 1, w = cols + 1;
        for (var p = 0; p <= rows; p++)
            for (var q = 0; q <= cols; q++)
            {
                cdf[p * w + q] = BivariateNormal.Cdf(a[p], b[q], rho);
                pdf[p * w + q] = BivariateNormal.Density(a[p], b[q], rho);
            }
        double logLik = 0, n = 0;
        score = info = 0;
        var probabilities = 0.0;
        for (var p = 0; p < rows; p++)
            for (var q = 0; q < cols; q++)
            {
                var pi = cdf[(p + 1) * w + q + 1] - cdf[p * w + q + 1] - cdf[(p + 1) * w + q] + cdf[p * w + q];
                var d = pdf[(p + 1) * w + q + 1] - pdf[p * w + q + 1] - pdf[(p + 1) * w + q] + pdf[p * w + q];
                pi = Math.Max(pi, 1e-300);
                var c = counts[p * cols + q];
                n += c;
                if (c > 0) { logLik += c * Math.Log(pi); score += c * d / pi; }
                probabilities += d * d / pi;
            }
        info = Math.Max(n * probabilities, 1e-12);
        return logLik;
    }
}
