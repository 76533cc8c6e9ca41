namespace CapabilityAssessment.Benchmarks;

/// <summary>
/// A group's aggregate for one metric: n, sum, sum of squares and a fixed-width histogram of 1000 bins of 0.1 points on
/// 0-100. Percentiles are read from the bins and interpolated linearly within the bin that holds them, so a released
/// percentile is within 0.1 points of the exact (inverted-CDF) one, and no single score is exposed beyond its bin.
/// </summary>
internal sealed record Histogram(int N, double Sum, double SumOfSquares, int[] Bins)
{
    public const int BinCount = 1000;
    public const double BinWidth = 0.1;

    /// <summary>0-based bin of a 0-100 score; 100 falls into the last bin. The SQL trigger computes the same.</summary>
    public static int BinOf(double score) => Math.Clamp((int)Math.Floor(score * 10), 0, BinCount - 1);

    public static Histogram Of(IEnumerable<double> scores)
    {
        var bins = new int[BinCount];
        var (n, sum, squares) = (0, 0.0, 0.0);
        foreach (var x in scores)
        {
            bins[BinOf(x)]++;
            (n, sum, squares) = (n + 1, sum + x, squares + x * x);
        }
        return new Histogram(n, sum, squares, bins);
    }

    public double Mean => Sum / N;

    /// <summary>Sample standard deviation (n - 1), from the moments; null below 2.</summary>
    public double? StandardDeviation => N < 2 ? null : Math.Sqrt(Math.Max(0, (SumOfSquares - Sum * Sum / N) / (N - 1)));

    /// <summary>The q-quantile (0 &lt; q &lt;= 1): the bin where the cumulative count first reaches q·n, interpolated within it.</summary>
    public double Percentile(double q)
    {
        var target = q * N;
        var before = 0.0;
        for (var b = 0; b < BinCount; b++)
        {
            if (Bins[b] > 0 && before + Bins[b] >= target)
                return b * BinWidth + Math.Clamp((target - before) / Bins[b], 0, 1) * BinWidth;
            before += Bins[b];
        }
        return 100;
    }

    /// <summary>Percent of the group below a score: bins under it plus the interpolated share of its own bin.</summary>
    public double PercentileRank(double score)
    {
        var bin = BinOf(score);
        var below = 0.0;
        for (var b = 0; b < bin; b++) below += Bins[b];
        var within = Math.Clamp((score - bin * BinWidth) / BinWidth, 0, 1) * Bins[bin];
        return 100 * (below + within) / N;
    }
}
