namespace CapabilityAssessment.Exports.Anonymisation;

/// <summary>
/// Full-domain generalisation with suppression (Samarati 2001; Sweeney 2002, "k-anonymity: a model for protecting
/// privacy"). Works on the histogram of quasi-identifier combinations, never on the records, so it needs memory for the
/// distinct combinations only. The search is deterministic: of all nodes of the generalisation lattice (one level per
/// hierarchy), take those whose classes below k hold at most <c>maxSuppression</c> of the records; pick the lowest
/// total height (Samarati's minimal generalisation), then the fewest suppressed records, then the lowest level of the
/// quasi-identifier that matters most (the researcher's order, then the declared order). A researcher may bound each
/// quasi-identifier's level (keep industry at section level: at most 0; coarsen country to region: at least 1). Records
/// left in classes below k are suppressed, so no released class is ever smaller than k. The unit is the firm (issue
/// #16): a release links a firm's assessments (firm_pseudonym, assessment_order), so a firm's key is the sequence of
/// its assessments' quasi-identifiers (<see cref="QiKey.Firm"/>), the histogram counts firms per key, and k counts
/// distinct firms, never rows: a firm assessed k times is still one firm. The suppression limit and the report count
/// records (assessments): a suppressed firm takes all its assessments with it, so no release shows a gap.
/// </summary>
internal static class KAnonymity
{
    public const int DefaultK = 5;
    public const double DefaultMaxSuppression = 0.05;

    public static KAnonymityPlan Plan(
        IReadOnlyList<Hierarchy> hierarchies, IReadOnlyDictionary<QiKey, long> histogram, int k = DefaultK,
        double maxSuppression = DefaultMaxSuppression, IReadOnlyList<QiChoice>? choices = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var bounds = QiChoice.Bounds(hierarchies, choices);
        var priority = QiChoice.Priority(hierarchies, choices);
        // The search generalises every firm key at every node it visits: on numbers, not strings (CodedHistogram).
        var coded = new CodedHistogram(hierarchies, histogram);
        var total = coded.Records;
        var allowed = (long)Math.Floor(total * maxSuppression);
        Candidate? best = null, fewest = null;
        foreach (var levels in Lattice(bounds).OrderBy(l => l.Sum()))
        {
            if (best is { } b && levels.Sum() > b.Levels.Sum()) break;
            var candidate = new Candidate(levels, coded.Suppressed(levels, k));
            if (fewest is null || candidate.Suppressed < fewest.Suppressed) fewest = candidate;
            if (candidate.Suppressed > allowed && !(total < k)) continue;
            if (best is null || candidate.Suppressed < best.Suppressed
                || candidate.Suppressed == best.Suppressed && Earlier(candidate.Levels, best.Levels, priority))
                best = candidate;
        }
        // The researcher's bounds, or rare role sets (never generalised), may leave no node within the limit: then the
        // node that suppresses least (k still holds: every class below k is suppressed), and the report says so.
        var chosen = best ?? fewest ?? throw new InvalidOperationException("The lattice has no node.");
        return new KAnonymityPlan(hierarchies, chosen.Levels, k, maxSuppression, total, chosen.Suppressed,
            coded.SmallClasses(chosen.Levels, k)) { Choices = choices ?? [], WithinLimit = best is not null };
    }

    private sealed record Candidate(int[] Levels, long Suppressed);

    /// <summary>
    /// Ties: the lower level of the quasi-identifier that matters most (researcher's order, then declared).
    /// </summary>
    private static bool Earlier(int[] a, int[] b, int[] priority)
    {
        foreach (var i in priority)
            if (a[i] != b[i]) return a[i] < b[i];
        return false;
    }

    /// <summary>Every level vector within the bounds, in lexicographic order.</summary>
    private static IEnumerable<int[]> Lattice(IReadOnlyList<(int Min, int Max)> bounds)
    {
        var levels = bounds.Select(b => b.Min).ToArray();
        while (true)
        {
            yield return (int[])levels.Clone();
            var i = levels.Length - 1;
            while (i >= 0 && levels[i] == bounds[i].Max) { levels[i] = bounds[i].Min; i--; }
            if (i < 0) yield break;
            levels[i]++;
        }
    }

    internal static Dictionary<QiKey, long> Generalise(IReadOnlyList<Hierarchy> hierarchies,
        IReadOnlyDictionary<QiKey, long> histogram, int[] levels)
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

/// <summary>
/// The chosen lattice node and the classes suppressed at it; Records and Suppressed count assessments.
/// </summary>
internal sealed record KAnonymityPlan(
    IReadOnlyList<Hierarchy> Hierarchies, int[] Levels, int K, double MaxSuppression, long Records, long Suppressed,
    IReadOnlySet<QiKey> SuppressedClasses)
{
    /// <summary>What the researcher asked for (bounds on levels, in order of importance).</summary>
    public IReadOnlyList<QiChoice> Choices { get; init; } = [];

    /// <summary>False when the choices left no node within the suppression limit and more was suppressed.</summary>
    public bool WithinLimit { get; init; } = true;

    public long Released => Records - Suppressed;

    /// <summary>
    /// The generalised values of one firm (all its assessments'), or null when its class is suppressed.
    /// </summary>
    public string[]? Apply(QiKey original)
    {
        var g = original.Generalise(Hierarchies, Levels);
        return SuppressedClasses.Contains(g) ? null : g.Values;
    }
}

/// <summary>
/// One combination of quasi-identifier values (null: missing), compared by value: of one assessment, or of a firm, its
/// assessments' values one after another in the order they are released (<see cref="Firm"/>).
/// </summary>
internal sealed class QiKey(string?[] values) : IEquatable<QiKey>
{
    public string[] Values { get; } = Known(values);

    /// <summary>The key of a firm: its assessments' keys in release order (T0, T1, ...), one after another.</summary>
    public static QiKey Firm(IReadOnlyList<QiKey> assessments)
    {
        if (assessments.Count == 1) return assessments[0];
        var width = assessments[0].Values.Length;
        var values = new string[width * assessments.Count];
        for (var i = 0; i < assessments.Count; i++) assessments[i].Values.CopyTo(values, i * width);
        return new QiKey(values);
    }

    /// <summary>How many assessments a key holds, given the number of quasi-identifiers of one.</summary>
    public int Assessments(int perAssessment) => Values.Length / perAssessment;

    public QiKey Generalise(IReadOnlyList<Hierarchy> hierarchies, int[] levels)
    {
        var generalised = new string[Values.Length];
        for (var i = 0; i < Values.Length; i++)
            generalised[i] = hierarchies[i % hierarchies.Count].Generalise(Values[i], levels[i % hierarchies.Count]);
        return new QiKey(generalised);
    }

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
