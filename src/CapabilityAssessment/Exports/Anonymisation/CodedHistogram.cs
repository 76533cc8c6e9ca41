using System.Runtime.InteropServices;

namespace CapabilityAssessment.Exports.Anonymisation;

/// <summary>
/// The histogram of firm keys with every value replaced by a number, and each hierarchy's levels by tables from a
/// value's number to its generalised value's number (<see cref="Hierarchy.Generalise"/>, asked once per distinct value
/// and level). The lattice search generalises every key at every node it visits: with numbers that is a table look-up
/// per value and one hash of a few integers per key, with no strings hashed and nothing allocated per key.
/// </summary>
internal sealed class CodedHistogram
{
    private readonly IReadOnlyList<Hierarchy> _hierarchies;
    private readonly List<string>[] _values; // per hierarchy: number -> value (originals and generalised alike)
    private readonly int[][][] _up; // [hierarchy][level][number of an original] -> number of its generalised value
    private readonly int[] _codes, _starts; // key i's numbers are _codes[_starts[i].._starts[i + 1]]
    private readonly long[] _firms;
    private readonly int[] _generalised, _classOf;

    public CodedHistogram(IReadOnlyList<Hierarchy> hierarchies, IReadOnlyDictionary<QiKey, long> histogram)
    {
        _hierarchies = hierarchies;
        var width = hierarchies.Count;
        var numbers = new Dictionary<string, int>[width];
        _values = new List<string>[width];
        for (var h = 0; h < width; h++) (numbers[h], _values[h]) = (new(StringComparer.Ordinal), []);
        (_starts, _firms) = (new int[histogram.Count + 1], new long[histogram.Count]);
        var codes = new List<int>(histogram.Count * width);
        var i = 0;
        foreach (var (key, firms) in histogram)
        {
            for (var j = 0; j < key.Values.Length; j++) codes.Add(Number(j % width, key.Values[j]));
            (_firms[i], _starts[++i]) = (firms, codes.Count);
            Records += firms * key.Assessments(width);
        }
        _codes = [.. codes];
        _up = new int[width][][];
        for (var h = 0; h < width; h++)
        {
            var originals = _values[h].Count;
            _up[h] = new int[hierarchies[h].Height + 1][];
            for (var level = 0; level <= hierarchies[h].Height; level++)
            {
                _up[h][level] = new int[originals];
                for (var v = 0; v < originals; v++)
                    _up[h][level][v] = Number(h, hierarchies[h].Generalise(_values[h][v], level));
            }
        }
        (_generalised, _classOf) = (new int[_codes.Length], new int[histogram.Count]);

        int Number(int h, string value)
        {
            ref var n = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers[h], value, out var known);
            if (known) return n;
            n = _values[h].Count;
            _values[h].Add(value);
            return n;
        }
    }

    /// <summary>Assessments in all keys (a firm counts once per assessment).</summary>
    public long Records { get; }

    /// <summary>The assessments of the firms in classes of fewer than k firms at the lattice node.</summary>
    public long Suppressed(int[] levels, int k)
    {
        var firms = Group(levels);
        long suppressed = 0;
        for (var i = 0; i < _firms.Length; i++)
            if (firms[_classOf[i]] < k) suppressed += _firms[i] * ((_starts[i + 1] - _starts[i]) / _hierarchies.Count);
        return suppressed;
    }

    /// <summary>The generalised keys of the classes of fewer than k firms at the lattice node.</summary>
    public HashSet<QiKey> SmallClasses(int[] levels, int k)
    {
        var firms = Group(levels);
        var small = new HashSet<QiKey>();
        for (var i = 0; i < _firms.Length; i++)
            if (firms[_classOf[i]] < k) small.Add(KeyAt(i));
        return small;
    }

    private QiKey KeyAt(int i)
    {
        var values = new string[_starts[i + 1] - _starts[i]];
        for (var j = 0; j < values.Length; j++)
            values[j] = _values[j % _hierarchies.Count][_generalised[_starts[i] + j]];
        return new QiKey(values);
    }

    /// <summary>
    /// Generalises every key to the node (into _generalised), numbers its class
    /// (_classOf); returns the firms per class.
    /// </summary>
    private List<long> Group(int[] levels)
    {
        var width = _hierarchies.Count;
        var tables = new int[width][];
        for (var h = 0; h < width; h++) tables[h] = _up[h][levels[h]];
        var classes = new Dictionary<Segment, int>(new SegmentComparer(_generalised));
        var counts = new List<long>();
        for (var i = 0; i < _firms.Length; i++)
        {
            var (start, end) = (_starts[i], _starts[i + 1]);
            var hash = new HashCode();
            for (var j = start; j < end; j++)
            {
                var g = _generalised[j] = tables[(j - start) % width][_codes[j]];
                hash.Add(g);
            }
            ref var found = ref CollectionsMarshal.GetValueRefOrAddDefault(classes,
                new Segment(start, end - start, hash.ToHashCode()), out var known);
            if (!known)
            {
                found = counts.Count;
                counts.Add(0);
            }
            _classOf[i] = found;
            counts[found] += _firms[i];
        }
        return counts;
    }

    private readonly record struct Segment(int Start, int Length, int Hash);

    private sealed class SegmentComparer(int[] codes) : IEqualityComparer<Segment>
    {
        public bool Equals(Segment a, Segment b) => a.Hash == b.Hash && a.Length == b.Length
            && codes.AsSpan(a.Start, a.Length).SequenceEqual(codes.AsSpan(b.Start, b.Length));

        public int GetHashCode(Segment s) => s.Hash;
    }
}
