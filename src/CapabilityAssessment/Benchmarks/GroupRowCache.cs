using System.Collections.Concurrent;

namespace CapabilityAssessment.Benchmarks;

/// <summary>
/// The last aggregate rows read per (instrument, scoring version, group), each with the row version (xmin) it was read
/// at. Entries are replaced whole, never changed, so a reader holding one sees a consistent set. Bounded: past the
/// limit an arbitrary entry goes, which costs one full read of that group later, never a wrong answer.
/// </summary>
internal sealed class GroupRowCache(int capacity)
{
    public sealed record Row(string Version, Histogram Histogram);

    private static readonly IReadOnlyDictionary<string, Row> Nothing = new Dictionary<string, Row>();
    private readonly ConcurrentDictionary<(string, string, PeerGroup), IReadOnlyDictionary<string, Row>> _entries = new();

    public IReadOnlyDictionary<string, Row> Get((string, string, PeerGroup) key) => _entries.GetValueOrDefault(key) ?? Nothing;

    public void Keep((string, string, PeerGroup) key, IReadOnlyDictionary<string, Row> rows)
    {
        if (capacity <= 0) return;
        while (_entries.Count >= capacity && !_entries.ContainsKey(key) && _entries.Keys.FirstOrDefault() is var evict && _entries.TryRemove(evict, out _)) { }
        _entries[key] = rows;
    }

    public void Clear() => _entries.Clear();
}
