using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Operations;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Perf.Peers;

/// <summary>One aggregate row as the SQL trigger (Sql/0001) leaves it after adding every firm's contribution.</summary>
internal sealed class Aggregate
{
    public int N;
    public double Sum, SumOfSquares;
    public readonly int[] Bins = new int[Histogram.BinCount];

    public void Add(double x)
    {
        N++;
        Sum += x;
        SumOfSquares += x * x;
        Bins[Histogram.BinOf(x)]++;
    }
}

/// <summary>
/// N submitted dcvn assessments generated in memory, one firm each: peer memberships from the real PeerGroups (the demo
/// population's attribute mix), construct scores with a firm effect, layers and overall as means. Keeps every firm's
/// construct scores so the raw table can be written construct by construct (what an index on construct serves best, so
/// the naive side is measured at its fairest), and adds each firm to its groups' aggregates as the trigger would.
/// </summary>
internal sealed class PeerPopulation
{
    public required string[] Constructs { get; init; }
    public required string[] ConstructMetrics { get; init; }
    /// <summary>Per firm: industry, size, country, age class (null: unknown); the raw table's group columns.</summary>
    public required string?[][] Attributes { get; init; }
    /// <summary>Firm-major: Scores[firm * Constructs.Length + c].</summary>
    public required double[] Scores { get; init; }
    public required Dictionary<(PeerGroup Group, string Metric), Aggregate> Aggregates { get; init; }

    public static PeerPopulation Generate(InstrumentDefinition instrument, PeerMetrics metrics,
        PeerGroups groups, int count)
    {
        var (key, version) = (instrument.Key, instrument.Version);
        var constructs = instrument.Constructs.ToArray();
        var layers = LayerScoring.Core.Concat([Layer.DynamicCapability, Layer.Practice])
            .Where(l => constructs.Any(c => c.Layer == l)).ToArray();
        var layerOf = constructs.Select(c => Array.IndexOf(layers, c.Layer)).ToArray();
        string[] metricKeys = [PeerMetrics.Firms, .. constructs.Select(c => metrics.Construct(key, version, c.Key)),
            .. layers.Select(l => metrics.Layer(key, version, l.Key())), metrics.Overall(key, version)];
        var aggregates = new Dictionary<(PeerGroup, string), Aggregate>();
        var rows = new Dictionary<PeerGroup, Aggregate[]>();
        var year = DateTimeOffset.UtcNow.Year;
        var attributes = new string?[count][];
        var scores = new double[count * constructs.Length];
        var values = new double[metricKeys.Length];
        var layerSums = new double[layers.Length];
        var layerCounts = new int[layers.Length];
        var random = new Random(6);
        for (var f = 0; f < count; f++)
        {
            var firm = DemoPopulation.Firm(f, year);
            var memberships = groups.MembershipsOf(firm.Profile, year);
            attributes[f] = [.. PeerDimensions.Singles.Select(d =>
                memberships.FirstOrDefault(g => g.Dimension == d)?.Value)];
            // The demo tendency (about 1-5) on the 0-100 score scale, plus construct
            // noise; two decimals like real scores.
            var level = (firm.Level - 1) * 25;
            Array.Clear(layerSums);
            Array.Clear(layerCounts);
            for (var c = 0; c < constructs.Length; c++)
            {
                var x = Math.Round(Math.Clamp(level + Normal(random, 10), 0, 100), 2);
                scores[f * constructs.Length + c] = values[1 + c] = x;
                if (layerOf[c] < 0) continue; // management modes are constructs of no benchmarked layer
                layerSums[layerOf[c]] += x;
                layerCounts[layerOf[c]]++;
            }
            for (var l = 0; l < layers.Length; l++)
                values[1 + constructs.Length + l] = Math.Round(layerSums[l] / layerCounts[l], 2);
            values[^1] = Math.Round(Enumerable.Range(0, layers.Length)
                .Average(l => values[1 + constructs.Length + l]), 2);
            foreach (var group in memberships)
            {
                if (!rows.TryGetValue(group, out var row))
                {
                    rows[group] = row = [.. metricKeys.Select(_ => new Aggregate())];
                    for (var m = 0; m < metricKeys.Length; m++) aggregates[(group, metricKeys[m])] = row[m];
                }
                for (var m = 0; m < metricKeys.Length; m++) row[m].Add(values[m]);
            }
        }
        return new PeerPopulation
        {
            Constructs = [.. constructs.Select(c => c.Key)], ConstructMetrics = metricKeys[1..(1 + constructs.Length)],
            Attributes = attributes, Scores = scores, Aggregates = aggregates,
        };
    }

    private static double Normal(Random random, double sd) =>
        sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
