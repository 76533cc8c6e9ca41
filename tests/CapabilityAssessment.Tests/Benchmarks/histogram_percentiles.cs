using CapabilityAssessment.Benchmarks;

namespace CapabilityAssessment.Tests.Benchmarks;

/// <summary>The live aggregate: moments and 0.1-point bins (what a norm release reads; NormFigures shows it).</summary>
public sealed class histogram_percentiles
{
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
    public void a_score_falls_into_its_tenth_of_a_point_and_100_into_the_last_bin()
    {
        Assert.Equal(500, Histogram.BinOf(50.0));
        Assert.Equal(500, Histogram.BinOf(50.09));
        Assert.Equal(Histogram.BinCount - 1, Histogram.BinOf(100));
        Assert.Equal(0, Histogram.BinOf(-3));
    }
}
