using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Benchmarks;

public sealed record MetricStatistics(
    string Key, string Metric, bool Suppressed, string? Reason, int? N, double? Mean, double? StandardDeviation,
    double? P10, double? P25, double? P50, double? P75, double? P90);

public sealed record BenchmarkResult(
    string InstrumentKey, int InstrumentVersion, string ScoringVersion, PeerGroup Group, bool Suppressed, string? Reason,
    int? N, int K, IReadOnlyList<MetricStatistics> Constructs, IReadOnlyList<MetricStatistics> Layers, MetricStatistics Overall);

public sealed record PeerPercentile(PeerGroup Group, bool Suppressed, string? Reason, int? N, double? Percentile);

/// <summary>
/// Turns aggregate rows into released statistics. What is never released: min and max (they are single firms' scores),
/// any number of a withheld group, P10/P90 below ExtremePercentilesFrom firms. Means and SDs are rounded to 0.01,
/// percentiles to 0.1 (the bin width they are read at).
/// </summary>
internal static class BenchmarkResults
{
    public static BenchmarkResult For(InstrumentDefinition instrument, PeerMetrics metrics, PeerGroup group,
        SuppressionSnapshot snapshot, IReadOnlyDictionary<string, Histogram> rows, BenchmarkOptions options)
    {
        var (key, version) = (instrument.Key, instrument.Version);
        MetricStatistics Stats(string label, string metric) => Release(label, metric, group, snapshot, rows, options);
        var firms = Stats(PeerMetrics.Firms, PeerMetrics.Firms);
        var layers = LayerScoring.Core.Concat([Layer.DynamicCapability, Layer.Practice]).Where(l => l is Layer.Cognitive or Layer.Managerial or Layer.Organisational || instrument.Constructs.Any(c => c.Layer == l))
            .Select(l => Stats(l.Key(), metrics.Layer(key, version, l.Key()))).ToList();
        return new BenchmarkResult(key, version, ScoringEngine.ScoringVersion, group, firms.Suppressed, firms.Reason, firms.N, options.K,
            [.. instrument.Constructs.Select(c => Stats(c.Key, metrics.Construct(key, version, c.Key)))], layers,
            Stats("overall", metrics.Overall(key, version)));
    }

    public static (bool Released, string? Reason, Histogram? Row) Lookup(string metric, PeerGroup group, SuppressionSnapshot snapshot,
        IReadOnlyDictionary<string, Histogram> rows, BenchmarkOptions options)
    {
        if (!rows.TryGetValue(metric, out var row) || row.N < options.K)
            return (false, $"{Suppression.BelowThreshold}: fewer than {options.K} firms in this group.", null);
        if (snapshot.Withheld.GetValueOrDefault(metric)?.GetValueOrDefault(group) is { } reason)
            return (false, $"{reason.Code}: {reason.Message}", null);
        if (snapshot.Counts.GetValueOrDefault(metric)?.GetValueOrDefault(group) != row.N)
            return (false, "CHANGING: the group changed while it was read; ask again.", null);
        return (true, null, row);
    }

    private static MetricStatistics Release(string label, string metric, PeerGroup group, SuppressionSnapshot snapshot,
        IReadOnlyDictionary<string, Histogram> rows, BenchmarkOptions options)
    {
        var (released, reason, row) = Lookup(metric, group, snapshot, rows, options);
        if (!released || row is null) return new MetricStatistics(label, metric, true, reason, null, null, null, null, null, null, null, null);
        if (metric == PeerMetrics.Firms) return new MetricStatistics(label, metric, false, null, row.N, null, null, null, null, null, null, null);
        var extremes = row.N >= options.ExtremePercentilesFrom;
        return new MetricStatistics(label, metric, false, null, row.N, Math.Round(row.Mean, 2),
            row.StandardDeviation is { } sd ? Math.Round(sd, 2) : null,
            extremes ? P(row, 0.10) : null, P(row, 0.25), P(row, 0.50), P(row, 0.75), extremes ? P(row, 0.90) : null);
    }

    private static double P(Histogram row, double q) => Math.Round(row.Percentile(q), 1);
}
