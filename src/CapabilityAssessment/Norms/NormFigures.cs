using CapabilityAssessment.Benchmarks;

namespace CapabilityAssessment.Norms;

/// <summary>
/// What a norm release shows of one group and metric, computed once from the group's frozen 0.1-point histogram (Bins,
/// kept for percentile ranks and never shown). Means, SDs and percentiles are whole points: a firm acts
/// on differences of several points, and whole points make differencing two releases useless (n·0.5
/// points of error on a firm's score).
/// </summary>
public sealed record NormFigures(
    int N, double Mean, double? Sd, double? P10, double? P25, double? P50, double? P75, double? P90,
    [property: System.Text.Json.Serialization.JsonIgnore] int[]? Bins)
{
    internal static NormFigures From(Histogram h, int k) => new(h.N, Whole(h.Mean),
        h.StandardDeviation is { } sd ? Whole(sd) : null,
        Quantile(h, 0.10, k), Quantile(h, 0.25, k), Quantile(h, 0.50, k), Quantile(h, 0.75, k),
        Quantile(h, 0.90, k), h.Bins);

    /// <summary>
    /// A percentile is an order statistic, i.e. one firm's score, so it is released only (a) when at least k firms lie
    /// beyond it on each side (the threshold rule applied to the tail it bounds: min(q, 1 − q)·n ≥ k), and (b) as
    /// the mean of the k scores around rank q·n, never a single score (microaggregation; Hundepool et al.,
    /// Statistical Disclosure Control, 2012, §4.2 threshold rule and §3.4.2 microaggregation). With k = 5 that is
    /// n ≥ 20 for the quartiles and the median and n ≥ 50 for P10 and P90. Scores are read at bin midpoints
    /// (within 0.05 points), then whole points.
    /// </summary>
    internal static double? Quantile(Histogram h, double q, int k)
    {
        if (Math.Min(q, 1 - q) * h.N < k) return null;
        var first = Math.Clamp((int)Math.Round(q * h.N) - k / 2, 1, h.N - k + 1);
        var last = first + k - 1;
        var (seen, sum) = (0, 0.0);
        for (var b = 0; b < h.Bins.Length && seen < last; b++)
        {
            var (from, to) = (Math.Max(seen + 1, first), Math.Min(seen + h.Bins[b], last));
            if (to >= from) sum += (to - from + 1) * (b + 0.5) * Histogram.BinWidth;
            seen += h.Bins[b];
        }
        return Whole(sum / k);
    }

    /// <summary>
    /// The percentile rank with ties counted as half (mid-rank): 100·(below + ½·tied)/n, scores compared at
    /// 0.1-point resolution (two scores in the same 0.1-point bin [j/10, (j+1)/10) are tied). Whole
    /// percent. Definition: Crocker &amp; Algina, Introduction to Classical and Modern Test Theory (1986),
    /// §19.2, the percentile rank of a score.
    /// </summary>
    public int PercentileRank(double score)
    {
        var bins = Bins ?? throw new InvalidOperationException("The cell was read without its histogram.");
        var bin = Histogram.BinOf(score);
        var below = 0L;
        for (var b = 0; b < bin; b++) below += bins[b];
        return (int)Math.Round(100.0 * (below + 0.5 * bins[bin]) / N, MidpointRounding.AwayFromZero);
    }

    private static double Whole(double x) => Math.Round(x, MidpointRounding.AwayFromZero);
}

/// <summary>
/// One group and metric of a release. Figures and Basis are the last released figures and the release sequence they
/// were computed at (kept, hidden, while the cell is withheld, so its next release is judged against what was last
/// shown). Carried: fewer than k firms changed since Basis, so the figures of that release are repeated unchanged.
/// </summary>
public sealed record NormCell(string Group, string Metric, NormFigures? Figures, long? Basis, string? Withheld,
    bool Carried)
{
    public bool Released => Withheld is null && Figures is not null;
}
