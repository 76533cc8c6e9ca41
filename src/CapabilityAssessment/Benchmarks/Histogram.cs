namespace CapabilityAssessment.Benchmarks;

/// <summary>
/// A group's aggregate for one metric: n, sum, sum of squares and a fixed-width histogram of 1000 bins of 0.1 points on
/// 0-100, as the trigger keeps it live. What a norm release shows of it is Norms/NormFigures.
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
}
