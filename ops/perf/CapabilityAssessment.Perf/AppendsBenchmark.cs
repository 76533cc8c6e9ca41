using System.Diagnostics;
using System.Globalization;
using JasperFx.Events;
using Marten;

namespace CapabilityAssessment.Perf;

public sealed record AnswerRecorded(string QuestionId, int Value, string Note);

/// <summary>
/// The aggregate the save mode fetches for writing: a count of its answers, folded by Marten's conventions.
/// </summary>
public sealed partial class BenchAssessment
{
    public Guid Id { get; set; }
    public int Answers { get; set; }

    public static BenchAssessment Create(AnswerRecorded _) => new() { Answers = 1 };

    public void Apply(AnswerRecorded _) => Answers++;
}

// N writers, each appending one event per unit of work to its own streams: a stream is started, then appended to until
// it holds EventsPerStream events, then the writer moves on to a new stream. --mode append: a bare append with the
// expected version; --mode save: the save shape (FetchForWriting of the stream's aggregate, then append); --mode
// service and service-batched: the service's own save path (ServiceSaves).
internal static class AppendsBenchmark
{
    public static async Task<int> RunAsync(AppendsOptions options)
    {
        using var store = DocumentStore.For(o =>
        {
            o.Connection(options.Connection);
            o.DatabaseSchemaName = "bench_store";
            o.Events.AppendMode = EventAppendMode.Quick;
            o.Events.AddEventType<AnswerRecorded>();
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var counts = new long[options.Writers];
        using var stop = new CancellationTokenSource();
        await using var service = options.Mode.StartsWith("service", StringComparison.Ordinal)
            ? await ServiceSaves.OpenAsync(options.Connection, options.Mode == "service-batched") : null;
        var writers = Enumerable.Range(0, options.Writers)
            .Select(w => Task.Run(() => service is null
                ? WriteAsync(store, options.Mode == "save", w, counts, options.EventsPerStream, stop.Token)
                : service.WriteAsync(w, counts, options.EventsPerStream, stop.Token)))
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
            $"appends: mode={options.Mode} writers={options.Writers} seconds={elapsed:F1} warmup={options.Warmup} " +
                $"events={events} events_per_second={rate:F1} client_cpu_us_per_event={cpu / Math.Max(events, 1):F1} " +
                $"gen0_gcs={gcs}"));
        return 0;
    }

    private static long Total(long[] counts)
    {
        long total = 0;
        for (var i = 0; i < counts.Length; i++) total += Volatile.Read(ref counts[i]);
        return total;
    }

    private static async Task WriteAsync(
        IDocumentStore store, bool fetch, int writer, long[] counts, int eventsPerStream, CancellationToken stop)
    {
        var streamId = Guid.CreateVersion7();
        long version = 0;
        while (!stop.IsCancellationRequested)
        {
            await using var session = store.LightweightSession();
            var answer = new AnswerRecorded($"q{version % 40}", (int)(version % 5) + 1, "benchmark answer");
            if (version == 0) session.Events.StartStream<BenchAssessment>(streamId, answer);
            // Not the stop token: a fetch cancelled at the end of the run threw out of Task.WhenAll below, so the run
            // printed no figure (seen in quick runs); a unit of work always finishes and the loop then ends.
            else if (fetch)
                (await session.Events.FetchForWriting<BenchAssessment>(streamId, CancellationToken.None))
                    .AppendOne(answer);
            // Marten's expected version is the one after the append.
            else session.Events.Append(streamId, version + 1, answer);
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
