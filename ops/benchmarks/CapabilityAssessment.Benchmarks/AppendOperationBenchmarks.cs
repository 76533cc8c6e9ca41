using BenchmarkDotNet.Attributes;
using CapabilityAssessment.Store;

namespace CapabilityAssessment.Benchmarks;

// CPU cost of queuing one append (alias lookup, id, serialisation, parameters), without a database round trip.
[MemoryDiagnoser]
public class AppendOperationBenchmarks
{
    private readonly DocumentStore _store = DocumentStore.For(o => o.ConnectionString = "Host=127.0.0.1");
    private readonly Guid _stream = Guid.NewGuid();

    [Benchmark]
    public int QueueOneAppend()
    {
        var session = _store.LightweightSession();
        session.Events.Append(_stream, 3, new AnswerRecorded("q1", 4, "benchmark answer"));
        return session.PendingChanges;
    }
}
