using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Norms;

/// <summary>A released statistic. Whether it repeats an earlier release's figures is never said: that a group moved by
/// fewer than k firms would itself tell which groups a newly closed firm joined.</summary>
public sealed record MetricStatistics(
    string Key, string Metric, bool Suppressed, string? Reason, int? N, double? Mean, double? StandardDeviation,
    double? P10, double? P25, double? P50, double? P75, double? P90);

public sealed record BenchmarkResult(
    string InstrumentKey, int InstrumentVersion, string ScoringVersion, PeerGroup Group, bool Suppressed,
    string? Reason, int? N, int K, IReadOnlyList<MetricStatistics> Constructs, IReadOnlyList<MetricStatistics> Layers,
    MetricStatistics Overall,
    NormsView? Release);

public sealed record PeerPercentile(PeerGroup Group, bool Suppressed, string? Reason, int? N, double? Percentile,
    double? Median = null, string? Release = null);

/// <summary>
/// A group's statistics as one norm release shows them: only released cells' figures (NormFigures: whole points,
/// percentiles by NormFigures.Quantile); never min or max, never a withheld cell's numbers.
/// </summary>
internal static class NormResults
{
    public const string NoRelease = "NO_RELEASE: no norms have been published for this instrument yet.";

    public static BenchmarkResult For(InstrumentDefinition instrument, PeerMetrics metrics, PeerGroup group,
        NormRelease? release, IReadOnlyDictionary<(string, string), NormCell> cells, int k)
    {
        var (key, version) = (instrument.Key, instrument.Version);
        MetricStatistics Stats(string label, string metric) => release is null ? Hidden(label, metric, NoRelease)
            : Release(label, metric, cells.GetValueOrDefault((group.Key, metric)), release.K);
        var firms = Stats(PeerMetrics.Firms, PeerMetrics.Firms);
        var layers = LayerScoring.Core.Concat([Layer.DynamicCapability, Layer.Practice])
            .Where(l => l is Layer.Cognitive or Layer.Managerial or Layer.Organisational
                || instrument.Constructs.Any(c => c.Layer == l))
            .Select(l => Stats(l.Key(), metrics.Layer(key, version, l.Key()))).ToList();
        return new BenchmarkResult(key, version, release?.ScoringVersion ?? ScoringEngine.ScoringVersion, group,
            firms.Suppressed, firms.Reason, firms.N, release?.K ?? k,
            [.. instrument.Constructs.Select(c => Stats(c.Key, metrics.Construct(key, version, c.Key)))],
            layers, Stats("overall", metrics.Overall(key, version)),
            release is null ? null : new NormsView(release.Id, release.Label, release.PublishedAt, release.Firms));
    }

    // An empty group and one under k say the same: telling them apart would tell that a firm joined it.
    private static MetricStatistics Release(string label, string metric, NormCell? cell, int k) => cell switch
    {
        null or { Figures: null, Withheld: null } => Hidden(label, metric, Suppression.BelowThresholdReason(k)),
        { Released: false } or { Figures: null } => Hidden(label, metric, cell.Withheld),
        { Figures: { } f } when metric == PeerMetrics.Firms =>
            new(label, metric, false, null, f.N, null, null, null, null, null, null, null),
        { Figures: { } f } => new(label, metric, false, null, f.N, f.Mean, f.Sd, f.P10, f.P25, f.P50, f.P75, f.P90),
    };

    private static MetricStatistics Hidden(string label, string metric, string? reason) =>
        new(label, metric, true, reason, null, null, null, null, null, null, null, null);
}
