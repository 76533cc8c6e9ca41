using System.Collections.Concurrent;

namespace CapabilityAssessment.Perf.Crash;

/// <summary>
/// What happened to the requests: sent, failed for want of a service (by kind), rejected, given up on.
/// </summary>
internal sealed class CrashTally
{
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _rejections = new(StringComparer.Ordinal);
    private long _sent;
    private long _abandoned;

    public void Sent() => Interlocked.Increment(ref _sent);
    public void Failed(string kind) => _failures.AddOrUpdate(kind, 1, (_, n) => n + 1);
    public void Rejected(string code) => _rejections.AddOrUpdate(code, 1, (_, n) => n + 1);
    public void Abandoned() => Interlocked.Increment(ref _abandoned);

    public override string ToString() =>
        $"requests={Interlocked.Read(ref _sent)} transient_failures={Describe(_failures)} " +
        $"rejected={Describe(_rejections)} abandoned={Interlocked.Read(ref _abandoned)}";

    private static string Describe(ConcurrentDictionary<string, int> counts) =>
        counts.IsEmpty ? "0" : string.Join(",", counts.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => $"{c.Key}:{c.Value}"));
}
