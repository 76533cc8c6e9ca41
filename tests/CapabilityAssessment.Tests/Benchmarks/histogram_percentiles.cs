using CapabilityAssessment.Benchmarks;

namespace CapabilityAssessment.Tests.Benchmarks;

/// <summary>Resolution: a histogram percentile is within one bin (0.1 points) of the exact inverted-CDF percentile.</summary>
public sealed class histogram_percentiles
{
    // The inverted-CDF definition (Hyndman & Fan type 1): the smallest value with at least q·n values at or below it.
    private static double Exact(double[] sorted, double q) => sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)];

    [Theory]
    [InlineData(5, 1), InlineData(10, 2), InlineData(137, 3), InlineData(10_000, 4)]
    public void percentiles_are_within_one_bin_of_the_exact_values(int n, int seed)
    {
        var random = new Random(seed);
        var scores = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 100, 6)).Order().ToArray();
        var histogram = Histogram.Of(scores);
        foreach (var q in new[] { 0.10, 0.25, 0.50, 0.75, 0.90 })
            Assert.InRange(histogram.Percentile(q) - Exact(scores, q), -Histogram.BinWidth - 1e-9, Histogram.BinWidth + 1e-9);
    }

    [Fact]
    public void mean_and_sample_sd_come_from_the_moments()
    {
        double[] scores = [10, 20, 30, 40, 50];
        var histogram = Histogram.Of(scores);
        Assert.Equal(30, histogram.Mean, 9);
        Assert.Equal(Math.Sqrt(250), histogram.StandardDeviation!.Value, 9);
        Assert.Null(Histogram.Of([42]).StandardDeviation);
    }

    [Fact]
    public void known_data_gives_known_percentiles()
    {
        // 1000 scores 0.05, 0.15, ..., 99.95: one per bin, so the q-quantile is the top of bin q·1000.
        var histogram = Histogram.Of(Enumerable.Range(0, 1000).Select(i => i / 10.0 + 0.05));
        Assert.Equal(50.0, histogram.Percentile(0.5), 9);
        Assert.Equal(10.0, histogram.Percentile(0.1), 9);
        Assert.Equal(90.0, histogram.Percentile(0.9), 9);
    }

    [Fact]
    public void percentile_rank_counts_the_share_below_interpolating_within_the_bin()
    {
        var histogram = Histogram.Of(Enumerable.Range(0, 100).Select(i => (double)i)); // 0, 1, ..., 99
        Assert.Equal(50, histogram.PercentileRank(50), 9);
        Assert.Equal(50.5, histogram.PercentileRank(50.05), 9);
        Assert.Equal(100, histogram.PercentileRank(100), 9);
        Assert.Equal(0, histogram.PercentileRank(0), 9);
    }

    [Fact]
    public void a_score_of_100_falls_into_the_last_bin_and_0_into_the_first()
    {
        Assert.Equal(999, Histogram.BinOf(100));
        Assert.Equal(0, Histogram.BinOf(0));
        Assert.Equal(725, Histogram.BinOf(72.5));
    }
}
