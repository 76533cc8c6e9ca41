using System.Diagnostics;
using System.Globalization;
using CapabilityAssessment.Store;

namespace CapabilityAssessment.Benchmarks;

public sealed record AnswerRecorded(string QuestionId, int Value, string Note);

public sealed record BenchAssessment(Guid Id);

// N writers, each appending one event per unit of work to its own streams: a stream is started, then appended to
// with the expected version until it holds EventsPerStream events, then the writer moves on to a new stream.
internal static class AppendsBenchmark
{
    public static async Task<int> RunAsync(AppendsOptions options)
    {
        await using var store = DocumentStore.For(o =>
        {
            o.ConnectionString = options.Connection;
            o.SchemaName = "bench_store";
            o.RegisterEvent<AnswerRecorded>();
            // Group commit knobs (CommitQueue): --max-units 1 measures the store without combining.
            o.CommitLanes = options.Lanes ?? o.CommitLanes;
            o.MaxUnitsPerCommit = options.MaxUnits ?? o.MaxUnitsPerCommit;
        });
        await store.ApplyMigrationsAsync();

        var counts = new long[options.Writers];
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, options.Writers)
            .Select(w => Task.Run(() => WriteAsync(store, w, counts, options.EventsPerStream, stop.Token)))
            .ToArray();

        await Task.Delay(TimeSpan.FromSeconds(options.Warmup));
        var before = Total(counts);
        // Client CPU per event separates the store's own cost from a busy shared machine's noise.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var gcBefore = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(options.Seconds));
        var events = Total(counts) - before;
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds;
        var gcs = GC.CollectionCount(0) - gcBefore;
        stop.Cancel();
        await Task.WhenAll(writers);

        var rate = events / elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"appends: writers={options.Writers} lanes={store.Options.CommitLanes} max_units={store.Options.MaxUnitsPerCommit} seconds={elapsed:F1} warmup={options.Warmup} events={events} events_per_second={rate:F1} client_cpu_us_per_event={cpu / Math.Max(events, 1):F1} gen0_gcs={gcs}"));
        return 0;
    }

    private static long Total(long[] counts)
    {
        long total = 0;
        for (var i = 0; i < counts.Length; i++) total += Volatile.Read(ref counts[i]);
        return total;
    }

    private static async Task WriteAsync(DocumentStore store, int writer, long[] counts, int eventsPerStream, CancellationToken stop)
    {
        var streamId = Guid.CreateVersion7();
        long version = 0;
        while (!stop.IsCancellationRequested)
        {
            await using var session = store.LightweightSession();
            var answer = new AnswerRecorded($"q{version % 40}", (int)(version % 5) + 1, "benchmark answer");
            if (version == 0) session.Events.StartStream<BenchAssessment>(streamId, answer);
            else session.Events.Append(streamId, version, answer);
            await session.SaveChangesAsync(CancellationToken.None);
            version++;
            Volatile.Write(ref counts[writer], counts[writer] + 1);
            if (version == eventsPerStream)
            {
                streamId = Guid.CreateVersion7();
                version = 0;
            }
        }
    }
}
