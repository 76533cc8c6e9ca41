using System.Globalization;

namespace CapabilityAssessment.Perf.Saves;

/// <summary>Latencies in milliseconds and their nearest-rank percentiles.</summary>
internal sealed class Latencies(IEnumerable<double> samples)
{
    private readonly double[] _sorted = [.. samples.Order()];

    public int Count => _sorted.Length;
    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];
    public double Mean => _sorted.Length == 0 ? double.NaN : _sorted.Average();

    public double Percentile(double p) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0,
            _sorted.Length - 1)];

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"p50_ms={Percentile(50):F2} p95_ms={Percentile(95):F2} p99_ms={Percentile(99):F2} max_ms={Max:F2} " +
            $"mean_ms={Mean:F2}");
}
