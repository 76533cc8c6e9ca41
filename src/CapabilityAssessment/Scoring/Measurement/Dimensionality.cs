namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>
/// Eigenvalues of the polychoric matrix beside the 95th percentile of eigenvalues of random data of the same size, the
/// number of factors parallel analysis retains, and the largest residual correlation of the one-factor model.
/// </summary>
internal sealed record DimensionalityCheck(double[] Eigenvalues, double[] RandomEigenvalues, int Factors,
    double LargestResidual, int ResidualItem, int ResidualOtherItem)
{
    /// <summary>Absolute residual correlations above 0.10 signal local misfit (Kline 2016, Principles and Practice of
    /// SEM, §12).</summary>
    public const double ResidualCutoff = 0.10;

    public bool LooksMultidimensional => Factors >= 2;
    public bool LocalMisfit => Math.Abs(LargestResidual) > ResidualCutoff;
}

internal static class Dimensionality
{
    /// <summary>
    /// Horn's (1965) parallel analysis with the 95th-percentile criterion (Glorfeld 1995): factors are retained while
    /// the
    /// i-th observed eigenvalue exceeds the 95th percentile of the i-th eigenvalue of Pearson correlations of n × k
    /// independent standard normal variables (replicates seeded, Box-Muller from System.Random). A one-factor
    /// population
    /// R = λλᵀ + Ψ has its second eigenvalue below max ψ &lt; 1, so a second eigenvalue
    /// above chance means a second factor.
    /// </summary>
    public static DimensionalityCheck Check(double[,] r, double[] lambda, int n, int replicates = 100, int seed = 1)
    {
        var k = lambda.Length;
        var observed = SymmetricEigen.Values(r);
        var random = RandomEigenvalues(n, k, replicates, seed);
        var factors = 0;
        while (factors < k && observed[factors] > random[factors]) factors++;
        double largest = 0;
        int a = 0, b = 1;
        for (var i = 0; i < k; i++)
            for (var j = 0; j < i; j++)
                if (Math.Abs(r[i, j] - lambda[i] * lambda[j]) is var e && e > Math.Abs(largest))
                    (largest, a, b) = (r[i, j] - lambda[i] * lambda[j], j, i);
        return new(observed, random, factors, largest, a, b);
    }

    private static double[] RandomEigenvalues(int n, int k, int replicates, int seed)
    {
        var rng = new Random(seed);
        var values = new double[k][];
        for (var i = 0; i < k; i++) values[i] = new double[replicates];
        var x = new double[k];
        var sum = new double[k];
        var cross = new double[k, k];
        for (var rep = 0; rep < replicates; rep++)
        {
            Array.Clear(sum);
            Array.Clear(cross);
            for (var row = 0; row < n; row++)
            {
                for (var i = 0; i < k; i += 2)
                {
                    // Box-Muller: both coordinates of one draw
                    var radius = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble()));
                    var angle = 2 * Math.PI * rng.NextDouble();
                    x[i] = radius * Math.Cos(angle);
                    if (i + 1 < k) x[i + 1] = radius * Math.Sin(angle);
                }
                for (var i = 0; i < k; i++)
                {
                    sum[i] += x[i];
                    for (var j = 0; j <= i; j++) cross[i, j] += x[i] * x[j];
                }
            }
            var c = new double[k, k];
            for (var i = 0; i < k; i++)
                for (var j = 0; j <= i; j++) c[i, j] = c[j, i] = cross[i, j] - sum[i] * sum[j] / n;
            var corr = new double[k, k];
            for (var i = 0; i < k; i++)
                for (var j = 0; j < k; j++) corr[i, j] = c[i, j] / Math.Sqrt(c[i, i] * c[j, j]);
            var eigen = SymmetricEigen.Values(corr);
            for (var i = 0; i < k; i++) values[i][rep] = eigen[i];
        }
        return values.Select(v => { Array.Sort(v); return Bootstrap.Quantile(v, 0.95); }).ToArray();
    }
}
