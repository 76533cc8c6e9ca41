using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Norms;

namespace CapabilityAssessment.Tests.Norms;

/// <summary>
/// What a release shows of one group: whole points, mid-rank percentile ranks, quantiles only from large groups.
/// </summary>
public sealed class norm_figures
{
    private const int K = 5;

    // Exact mid-rank percentile rank (Crocker & Algina 1986): 100 x (count below + half the count equal) / n.
    private static double Exact(double[] scores, double x) =>
        100.0 * (scores.Count(s => s < x) + 0.5 * scores.Count(s => s == x)) / scores.Length;

    [Fact]
    public void percentile_ranks_count_ties_as_half_exactly_as_a_direct_computation()
    {
        // Many ties, and tied scores anywhere in their 0.1-point bin (50.03, 50.07 were counted apart before).
        var random = new Random(14);
        double[] values = [20, 35.5, 50, 50, 62.5, 62.5, 62.5, 70, 87.5, 100];
        var scores = Enumerable.Range(0, 240).Select(_ => values[random.Next(values.Length)]).ToArray();
        var figures = NormFigures.From(Histogram.Of(scores), K);
        foreach (var x in values.Distinct())
            Assert.Equal(Math.Round(Exact(scores, x), MidpointRounding.AwayFromZero), figures.PercentileRank(x));
    }

    [Fact]
    public void a_tied_score_gets_the_same_rank_wherever_it_falls_in_its_bin()
    {
        var figures = NormFigures.From(Histogram.Of([50.01, 50.02, 50.09, 40, 60, 70, 30, 20, 80, 90]), K);
        Assert.Equal(figures.PercentileRank(50.01), figures.PercentileRank(50.09));
        Assert.Equal(45, figures.PercentileRank(50.05)); // 3 below (20, 30, 40) + half of 3 tied, of 10
    }

    [Theory]
    [InlineData(8), InlineData(19)]
    public void small_groups_get_no_quartiles_and_no_median_that_could_be_one_firms_score(int n)
    {
        var figures = NormFigures.From(Histogram.Of(Enumerable.Range(0, n).Select(i => 40 + 2.5 * i)), K);
        Assert.Null(figures.P25);
        Assert.Null(figures.P75);
        Assert.Null(figures.P10);
        if (n < 2 * K) Assert.Null(figures.P50);
        else Assert.NotNull(figures.P50);
    }

    [Fact]
    public void quartiles_are_means_of_k_scores_in_whole_points_and_extremes_need_ten_k()
    {
        // 20 firms: 10, 12, ..., 48. The lower quartile sits at rank 5: the mean of
        // ranks 3..7 = 14, 16, 18, 20, 22 -> 18.
        var scores = Enumerable.Range(0, 20).Select(i => 10.0 + 2 * i).ToArray();
        var figures = NormFigures.From(Histogram.Of(scores), K);
        Assert.Equal(18, figures.P25);
        Assert.Equal(29, figures.Mean);
        Assert.Null(figures.P10);
        Assert.Equal(Math.Round(scores.Average()), figures.Mean);
        Assert.Equal(0, figures.Mean % 1);
        Assert.Equal(0, figures.Sd!.Value % 1);
        var fifty = NormFigures.From(Histogram.Of(Enumerable.Range(0, 50).Select(i => 1.0 * i)), K);
        Assert.NotNull(fifty.P10);
    }
}
