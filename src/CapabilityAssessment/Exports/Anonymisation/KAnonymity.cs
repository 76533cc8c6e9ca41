namespace CapabilityAssessment.Exports.Anonymisation;

/// <summary>
/// Full-domain generalisation with suppression (Samarati 2001; Sweeney 2002, "k-anonymity: a model for protecting privacy").
/// Works on the histogram of quasi-identifier combinations, never on the records, so it needs memory for the distinct
/// combinations only. The search is deterministic: of all nodes of the generalisation lattice (one level per hierarchy),
/// take those whose classes below k hold at most <c>maxSuppression</c> of the records; pick the lowest total height
/// (Samarati's minimal generalisation), then the fewest suppressed records, then the lexicographically smallest level
/// vector. Records left in classes below k are suppressed, so no released class is ever smaller than k.
/// </summary>
internal static class KAnonymity
{
    public const int DefaultK = 5;
    public const double DefaultMaxSuppression = 0.05;

    public static KAnonymityPlan Plan(
        IReadOnlyList<Hierarchy> hierarchies, IReadOnlyDictionary<QiKey, long> histogram, int k = DefaultK,
        double maxSuppression = DefaultMaxSuppression)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var total = histogram.Values.Sum();
        var allowed = (long)Math.Floor(total * maxSuppression);
        (int[] Levels, long Suppressed, HashSet<QiKey> Small)? best = null;
        foreach (var levels in Lattice(hierarchies).OrderBy(l => l.Sum()))
        {
            if (best is { } b && levels.Sum() > b.Levels.Sum()) break;
            var classes = Generalise(hierarchies, histogram, levels);
            var small = classes.Where(c => c.Value < k).Select(c => c.Key).ToHashSet();
            var suppressed = small.Sum(c => classes[c]);
            if (suppressed > allowed && !(total < k)) continue;
            if (best is null || suppressed < best.Value.Suppressed) best = (levels, suppressed, small);
        }
        // The top node has one class of all records: with at least k records it always qualifies; below k, it suppresses all.
        var chosen = best ?? throw new InvalidOperationException("The lattice has no top node.");
        return new KAnonymityPlan(hierarchies, chosen.Levels, k, maxSuppression, total, chosen.Suppressed, chosen.Small);
    }

    /// <summary>Every level vector, in lexicographic order (so ties at equal height and suppression keep the first).</summary>
    private static IEnumerable<int[]> Lattice(IReadOnlyList<Hierarchy> hierarchies)
    {
        var levels = new int[hierarchies.Count];
        while (true)
        {
            yield return (int[])levels.Clone();
            var i = levels.Length - 1;
            while (i >= 0 && levels[i] == hierarchies[i].Height) levels[i--] = 0;
            if (i < 0) yield break;
            levels[i]++;
        }
    }

    internal static Dictionary<QiKey, long> Generalise(IReadOnlyList<Hierarchy> hierarchies, IReadOnlyDictionary<QiKey, long> histogram, int[] levels)
    {
        var classes = new Dictionary<QiKey, long>();
        foreach (var (key, count) in histogram)
        {
            var g = key.Generalise(hierarchies, levels);
            classes[g] = classes.GetValueOrDefault(g) + count;
        }
        return classes;
    }
}

/// <summary>The chosen lattice node and the classes that are suppressed at it.</summary>
internal sealed record KAnonymityPlan(
    IReadOnlyList<Hierarchy> Hierarchies, int[] Levels, int K, double MaxSuppression, long Records, long Suppressed,
    IReadOnlySet<QiKey> SuppressedClasses)
{
    public long Released => Records - Suppressed;

    /// <summary>The generalised values of one record, or null when its class is suppressed.</summary>
    public string[]? Apply(QiKey original)
    {
        var g = original.Generalise(Hierarchies, Levels);
        return SuppressedClasses.Contains(g) ? null : g.Values;
    }
}

/// <summary>One combination of quasi-identifier values (null: missing), compared by value.</summary>
internal sealed class QiKey(string?[] values) : IEquatable<QiKey>
{
    public string[] Values { get; } = Known(values);

    public QiKey Generalise(IReadOnlyList<Hierarchy> hierarchies, int[] levels) =>
        new(Values.Select((v, i) => hierarchies[i].Generalise(v, levels[i])).ToArray());

    public bool Equals(QiKey? other) => other is not null && Values.AsSpan().SequenceEqual(other.Values);

    public override bool Equals(object? obj) => Equals(obj as QiKey);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var v in Values) hash.Add(v, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    public override string ToString() => string.Join('|', Values);

    // In the per-record loop of a release: no LINQ.
    private static string[] Known(string?[] values)
    {
        var known = new string[values.Length];
        for (var i = 0; i < values.Length; i++) known[i] = values[i] ?? Hierarchy.Unknown;
        return known;
    }
}
