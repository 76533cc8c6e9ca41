using CapabilityAssessment.Benchmarks;
using System.Diagnostics;
using System.Globalization;
using CapabilityAssessment.Perf.Saves;
using CapabilityAssessment.Norms;
using CapabilityAssessment.Scoring;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CapabilityAssessment.Perf.Peers;

/// <summary>
/// Issue #14 costs, on N generated firms: publishing a norm release (a batch: its time and the process's peak memory),
/// a full benchmark read from a release (p95 &lt; 5 ms), and a profile read (the profile and its pin, what
/// `assessment { profile }` and a report page load; p95 &lt; 5 ms at 100,000 closed assessments).
/// `peers --connection CS [--assessments 1000000] [--profiles 100000] [--iterations 2000]`
/// </summary>
internal static class PeersBenchmark
{
    private static readonly PeerGroup[] Groups = [PeerGroup.Everyone, new("country", "FI"),
        new("industry+size", "C|small")];

    public static async Task<int> RunAsync(string[] args)
    {
        var connection = Flags.Value(args, "--connection") ?? throw new ArgumentException("--connection is required");
        var count = int.Parse(Flags.Value(args, "--assessments") ?? "1000000", CultureInfo.InvariantCulture);
        var profiles = int.Parse(Flags.Value(args, "--profiles") ?? "100000", CultureInfo.InvariantCulture);
        var iterations = int.Parse(Flags.Value(args, "--iterations") ?? "2000", CultureInfo.InvariantCulture);

        await using var bench = await BenchStore.OpenAsync(connection);
        var options = Options.Create(new BenchmarkOptions().WithDefaults());
        var catalog = Scoring.Dcvn.Catalog();
        var instrument = catalog.Latest("dcvn")!;
        var metrics = new PeerMetrics(catalog);
        var groups = new PeerGroups(options.Value);

        var clock = Stopwatch.StartNew();
        var population = PeerPopulation.Generate(instrument, metrics, groups, count);
        Console.WriteLine($"generated {count:N0} firms in memory: {population.Aggregates.Count:N0} aggregate rows, " +
            $"{clock.Elapsed.TotalSeconds:F1} s");
        await using (var db = await bench.DataSource.OpenConnectionAsync())
        {
            clock.Restart();
            await PeerFixtures.AggregatesAsync(db, bench.Schema, instrument.Key, ScoringEngine.ScoringVersion,
                population);
            await PeerFixtures.ContributionsAsync(db, bench.Schema, count, ScoringEngine.ScoringVersion, population);
            Console.WriteLine($"COPY aggregates and {count:N0} contributions (all changed since no release): " +
                $"{clock.Elapsed.TotalSeconds:F1} s");
        }
        GC.Collect();
        var baseline = Process.GetCurrentProcess().WorkingSet64;
        var publisher = new NormPublisher(bench.Store, catalog, groups, metrics, options, TimeProvider.System);
        clock.Restart();
        var first = await publisher.PublishAsync(instrument.Key, CancellationToken.None);
        var firstSeconds = clock.Elapsed.TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        await using (var db = await bench.DataSource.OpenConnectionAsync())
            await PeerFixtures.ChangeAsync(db, bench.Schema, count / 100);
        clock.Restart();
        var second = await publisher.PublishAsync(instrument.Key, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            publish[first release, {count:N0} firms changed] seconds={firstSeconds:F1} release={first!.Value.Release.Label} firms={first.Value.Release.Firms:N0}
              process peak working set {peak / 1e6:F0} MB (before publishing {baseline / 1e6:F0} MB)
            publish[next release, {count / 100:N0} firms changed (1%)] seconds={clock.Elapsed.TotalSeconds:F1} release={second!.Value.Release.Label}
            """));

        BenchResult.Print("publish a norm release, every firm new", firstSeconds, "s", "-", $"{count:N0} firms");
        BenchResult.Print("peak working set while publishing", peak / 1e6, "MB", "-",
            $"{count:N0} firms (population in memory too)");
        BenchResult.Print("publish the next release, 1% of firms changed", clock.Elapsed.TotalSeconds, "s", "-",
            $"{count:N0} firms");
        var reads = new NormReads(bench.Store, bench.DataSource);
        var release = second.Value.Release;
        foreach (var group in Groups)
        {
            var result = await BenchmarkAsync(reads, release, instrument, metrics, group, options.Value.K);
            var t = await TimeAsync(iterations, () => BenchmarkAsync(reads, release, instrument, metrics, group,
                options.Value.K));
            BenchResult.Print($"benchmark read p95, group {group.Key}", t.Percentile(95), "ms", "<5",
                $"{count:N0} firms, group of {result.N?.ToString() ?? "withheld"}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"benchmark[{group.Key}, n={result.N?.ToString("N0", CultureInfo.InvariantCulture) ?? "withheld"}] " +
                    $"iterations={iterations} " +
                $"p50_ms={t.Percentile(50):F2} p95_ms={t.Percentile(95):F2} p99_ms={t.Percentile(99):F2} " +
                $"({(t.Percentile(95) < 5 ? "meets" : "MISSES")} p95 < 5 ms)"));
        }

        await MeasurementAsync(bench, reads, release, instrument, iterations);

        await using (var db = await bench.DataSource.OpenConnectionAsync())
            await PeerFixtures.ProfilesAsync(db, bench.Store, profiles, release);
        var ids = await PeerFixtures.ProfileIdsAsync(bench.DataSource);
        var random = new Random(14);
        var read = await TimeAsync(iterations, () => ProfileAsync(bench.Store, ids[random.Next(ids.Count)]));
        BenchResult.Print("profile read p95 (profile + pin)", read.Percentile(95), "ms", "<5",
            $"{ids.Count:N0} closed assessments");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"profile read[profile + pin, {ids.Count:N0} closed assessments] iterations={iterations} " +
                $"p50_ms={read.Percentile(50):F2} " +
            $"p95_ms={read.Percentile(95):F2} p99_ms={read.Percentile(99):F2} " +
            $"({(read.Percentile(95) < 5 ? "meets" : "MISSES")} p95 < 5 ms)"));
        return 0;
    }

    /// <summary>
    /// Issue #18: the measurement-model report at the release's sample bound (5,000 firms of 3 raters of one version:
    /// time and allocation), stored as a release's report is, then read as measurementModel reads it (p95).
    /// </summary>
    private static async Task MeasurementAsync(BenchStore bench, NormReads reads, NormRelease release,
        Instruments.InstrumentDefinition instrument, int iterations)
    {
        var sample = PeerFixtures.MeasurementSample(instrument, NormReliabilitySample.SampleSize, raters: 3);
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var models = MeasurementReports.For(instrument, sample).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"measurement report[{instrument.Key} v{instrument.Version}, {sample.Count:N0} firms x 3 raters, " +
                $"{models.Count} scales] " +
            $"seconds={clock.Elapsed.TotalSeconds:F1} " +
            $"allocated_mb={(GC.GetTotalAllocatedBytes() - allocated) / 1e6:F0}"));
        await using (var session = bench.Store.LightweightSession())
        {
            session.Store(new MeasurementReport(release.Id, release.InstrumentKey, release.Label,
                release.PublishedAt, "ULS", MeasurementReports.Options.BootstrapReplicates,
                MeasurementReports.Options.ParallelReplicates, models));
            await session.SaveChangesAsync();
        }
        var t = await TimeAsync(iterations, () => reads.MeasurementReportAsync(release.Id, default));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"measurement report read[one document] iterations={iterations} p50_ms={t.Percentile(50):F2} " +
            $"p95_ms={t.Percentile(95):F2} ({(t.Percentile(95) < 5 ? "meets" : "MISSES")} p95 < 5 ms)"));
    }

    /// <summary>What the benchmark resolver does once it has the instrument, the group and the release.</summary>
    private static async Task<BenchmarkResult> BenchmarkAsync(NormReads reads, NormRelease release,
        Instruments.InstrumentDefinition instrument, PeerMetrics metrics, PeerGroup group, int k) =>
        NormResults.For(instrument, metrics, group, release,
            await reads.CellsAsync(release.Id, [group.Key], default), k);

    /// <summary>What ProfileFields and ReportData do: the profile and its pin in one round trip.</summary>
    private static async Task<bool> ProfileAsync(IDocumentStore store, Guid id)
    {
        await using var session = store.QuerySession();
        var batch = session.CreateBatchQuery();
        var (profile, pin) = (batch.Load<AssessmentProfile>(id), batch.Load<ProfileNorms>(id));
        await batch.Execute();
        return await profile is not null && await pin is not null;
    }

    /// <summary>After an untimed warm-up of at least two seconds (JIT tiering, the pool), back-to-back calls.</summary>
    private static async Task<Latencies> TimeAsync<T>(int iterations, Func<Task<T>> call)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < Math.Min(iterations, 200) || warm.Elapsed < TimeSpan.FromSeconds(2); i++) await call();
        var times = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var t = Stopwatch.GetTimestamp();
            await call();
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return new Latencies(times);
    }
}
