using System.Diagnostics;
using System.Globalization;
using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks.Saves;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using Npgsql;

namespace CapabilityAssessment.Benchmarks.Peers;

/// <summary>
/// Issue #6 target: a full benchmark for one peer group (every construct, layer and the index) in under 5 ms at p95 over
/// 1,000,000 submitted assessments, read the way the GraphQL resolver reads it (BenchmarkReader + BenchmarkResults),
/// against the naive way (percentile_cont over raw score rows, one query per construct) on the same data.
/// `peers --connection CS [--assessments 1000000] [--iterations 2000] [--naive-iterations 5]`
/// </summary>
internal static class PeersBenchmark
{
    private static readonly PeerGroup[] Groups = [PeerGroup.Everyone, new("country", "FI"), new("industry+size", "C|small")];

    public static async Task<int> RunAsync(string[] args)
    {
        var connection = Arg(args, "--connection") ?? throw new ArgumentException("--connection is required");
        var count = int.Parse(Arg(args, "--assessments") ?? "1000000", CultureInfo.InvariantCulture);
        var iterations = int.Parse(Arg(args, "--iterations") ?? "2000", CultureInfo.InvariantCulture);
        var naiveIterations = int.Parse(Arg(args, "--naive-iterations") ?? "5", CultureInfo.InvariantCulture);

        await using var bench = await BenchStore.OpenAsync(connection);
        var store = bench.Store;
        var options = new BenchmarkOptions().WithDefaults();
        var catalog = Scoring.Dcvn.Catalog();
        var instrument = catalog.Latest("dcvn")!;
        var metrics = new PeerMetrics(catalog);

        var clock = Stopwatch.StartNew();
        var population = PeerPopulation.Generate(instrument, metrics, new PeerGroups(options), count);
        Console.WriteLine($"generated {count:N0} submitted assessments in memory: {population.Aggregates.Count:N0} aggregate rows, {clock.Elapsed.TotalSeconds:F1} s");
        await using (var db = await bench.DataSource.OpenConnectionAsync())
        {
            clock.Restart();
            await PeerCopy.AggregatesAsync(db, bench.Schema, instrument.Key, ScoringEngine.ScoringVersion, population);
            Console.WriteLine($"COPY aggregates: {clock.Elapsed.TotalSeconds:F1} s");
            clock.Restart();
            await PeerCopy.RawAsync(db, population, Console.WriteLine);
            Console.WriteLine($"COPY raw scores ({(long)count * population.Constructs.Length:N0} rows) and index: {clock.Elapsed.TotalSeconds:F1} s");
            await using var size = new NpgsqlCommand($"""
                SELECT pg_size_pretty(pg_total_relation_size('benchmark_stats')), pg_size_pretty(pg_total_relation_size('{PeerCopy.RawTable}'))
                """, db);
            await using var r = await size.ExecuteReaderAsync();
            await r.ReadAsync();
            Console.WriteLine($"data: benchmark_stats {r.GetString(0)} ({population.Aggregates.Count:N0} rows); {PeerCopy.RawTable} {r.GetString(1)}");
        }
        var reader = new BenchmarkReader(store, bench.DataSource, Microsoft.Extensions.Options.Options.Create(options));
        var uncached = new BenchmarkReader(store, bench.DataSource, Microsoft.Extensions.Options.Options.Create(new BenchmarkOptions { CachedGroups = 0 }.WithDefaults()));
        foreach (var group in Groups)
        {
            var n = population.Aggregates.GetValueOrDefault((group, PeerMetrics.Firms))?.N ?? 0;
            var cold = Stopwatch.StartNew();
            var first = await FastAsync(reader, instrument, metrics, group);
            var coldMs = cold.Elapsed.TotalMilliseconds;
            if (first.Suppressed) Console.WriteLine($"  note: {group.Key} is withheld ({first.Reason}); timing still reads and decides it");
            var f = await TimeAsync(reader, instrument, metrics, group, iterations);
            var u = await TimeAsync(uncached, instrument, metrics, group, iterations);
            var (naive, perConstruct, check) = await NaiveAsync(bench.DataSource, population, group, naiveIterations);
            var s = new Latencies(naive);
            var c = new Latencies(perConstruct);
            var p50 = first.Constructs[0].P50;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                group {group.Key} (n={n:N0}):
                  benchmark[aggregates] iterations={iterations} p50_ms={f.Percentile(50):F2} p95_ms={f.Percentile(95):F2} p99_ms={f.Percentile(99):F2} first_call_ms={coldMs:F1} ({(f.Percentile(95) < 5 ? "meets" : "MISSES")} p95 < 5 ms)
                  benchmark[aggregates, bins re-sent every call (Benchmarks:CachedGroups=0)] p50_ms={u.Percentile(50):F2} p95_ms={u.Percentile(95):F2} p99_ms={u.Percentile(99):F2}
                  benchmark[naive SQL] iterations={naiveIterations} p50_ms={s.Percentile(50):F1} p95_ms={s.Percentile(95):F1} per_construct_p50_ms={c.Percentile(50):F1} ({population.Constructs.Length} queries each)
                  ratio naive/aggregates: p50 {s.Percentile(50) / f.Percentile(50):F0}x, p95 {s.Percentile(95) / f.Percentile(95):F0}x
                  check {population.Constructs[0]} median: histogram {p50?.ToString("F1", CultureInfo.InvariantCulture) ?? "withheld"}, percentile_cont {check:F2}
                """));
        }
        return 0;
    }

    /// <summary>After an untimed warm-up (JIT tiering, the connection pool), the steady state of back-to-back reads. The
    /// warm-up lasts at least two seconds: tiered JIT recompiles hot methods in the background after a quiet spell, and
    /// 200 fast reads can be over before that, which left the first group timed carrying tier-0 code.</summary>
    private static async Task<Latencies> TimeAsync(BenchmarkReader reader, Instruments.InstrumentDefinition instrument, PeerMetrics metrics, PeerGroup group, int iterations)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < Math.Min(iterations, 200) || warm.Elapsed < TimeSpan.FromSeconds(2); i++) await FastAsync(reader, instrument, metrics, group);
        var times = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var t = Stopwatch.GetTimestamp();
            await FastAsync(reader, instrument, metrics, group);
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return new Latencies(times);
    }

    /// <summary>What the benchmark resolver does once it has the instrument and the group.</summary>
    private static async Task<BenchmarkResult> FastAsync(BenchmarkReader reader, Instruments.InstrumentDefinition instrument, PeerMetrics metrics, PeerGroup group)
    {
        var (snapshot, rows) = await reader.ReadAsync(instrument.Key, ScoringEngine.ScoringVersion, group, CancellationToken.None);
        return BenchmarkResults.For(instrument, metrics, group, snapshot, rows, reader.Options);
    }

    /// <summary>n, mean, SD and the five percentiles per construct, sorted from raw rows at query time: one query each.</summary>
    private static async Task<(List<double> Full, List<double> PerConstruct, double FirstMedian)> NaiveAsync(
        NpgsqlDataSource dataSource, PeerPopulation population, PeerGroup group, int iterations)
    {
        var parts = group == PeerGroup.Everyone ? [] : group.Parts();
        var where = string.Concat(parts.Select((p, i) => $" AND {p.Dimension} = ${i + 2}"));
        var sql = $"""
            SELECT count(*), avg(score), stddev_samp(score), percentile_cont(array[0.1, 0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY score)
            FROM {PeerCopy.RawTable} WHERE construct = $1{where}
            """;
        var (full, perConstruct, median) = (new List<double>(), new List<double>(), double.NaN);
        await using var connection = await dataSource.OpenConnectionAsync();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            foreach (var construct in population.Constructs)
            {
                var t = Stopwatch.GetTimestamp();
                await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
                command.Parameters.Add(new() { Value = construct });
                foreach (var p in parts) command.Parameters.Add(new() { Value = p.Value });
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                if (construct == population.Constructs[0] && !reader.IsDBNull(3)) median = reader.GetFieldValue<double[]>(3)[2];
                perConstruct.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            full.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return (full, perConstruct, median);
    }

    private static string? Arg(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
