using CapabilityAssessment.Benchmarks;

namespace CapabilityAssessment.Norms;

/// <summary>Firms whose membership or score in a cell differs between a release (by sequence) and now.</summary>
internal delegate int ChangedSince(long basis, string group, string metric);

/// <summary>
/// Decides every cell of a new release, pure. Disclosure control over time, not only at one instant (Hundepool et al.,
/// Statistical Disclosure Control, 2012, ch. 4-5, applied to successive releases):
/// 1. A cell whose figures were released at Basis gets new figures only when 0 or at least k firms changed in it since
///    (joined, left, or changed their score); with 1..k-1 it repeats the Basis figures (Carried), so two releases never
///    differ by fewer than k firms.
/// 2. Linked tables over time: where a parent gets new figures, the firms that changed in it but not in a child that
///    also gets new figures must be 0 or at least k (else parent minus children, each differenced against the parent's
///    Basis, gives them away); otherwise the parent is carried too. Repeated until nothing changes.
/// 3. Then the instant rules on what is shown (threshold and complementary suppression, Benchmarks/Suppression).
/// </summary>
internal static class NormDisclosure
{
    public static List<NormCell> Decide(IReadOnlyDictionary<(string Group, string Metric), Histogram> current,
        IReadOnlyDictionary<(string Group, string Metric), NormCell> previous, ChangedSince changed, long sequence,
        BenchmarkOptions options)
    {
        var k = options.K;
        var fresh = new Dictionary<(string, string), NormFigures>();
        var kept = new Dictionary<(string, string), NormCell>();
        foreach (var key in current.Keys.Where(c => current[c].N > 0).Union(previous.Keys))
        {
            var prior = previous.GetValueOrDefault(key);
            var moved = prior is { Basis: { } b, Figures: not null } ? changed(b, key.Item1, key.Item2) : int.MaxValue;
            if (moved < k) kept[key] = prior! with { Carried = moved > 0, Withheld = null };
            else if (current.GetValueOrDefault(key) is { N: > 0 } h) fresh[key] = NormFigures.From(h, k);
        }
        CarryWhereTablesWouldGiveChangesAway(fresh, kept, previous, changed, options);
        var cells = new List<NormCell>();
        foreach (var metric in fresh.Keys.Concat(kept.Keys).Select(c => c.Item2).Distinct())
        {
            var shown = fresh.Where(f => f.Key.Item2 == metric).Select(f => (f.Key.Item1, f.Value.N))
                .Concat(kept.Where(c => c.Key.Item2 == metric).Select(c => (c.Key.Item1, c.Value.Figures!.N)))
                .ToDictionary(x => PeerGroup.Parse(x.Item1), x => x.N);
            var withheld = Suppression.Decide(shown, options);
            foreach (var group in shown.Keys)
            {
                var key = (group.Key, metric);
                var reason = withheld.GetValueOrDefault(group) is { } r ? $"{r.Code}: {r.Message}" : null;
                cells.Add(fresh.TryGetValue(key, out var figures)
                    ? reason is null ? new NormCell(group.Key, metric, figures, sequence, null, false)
                        : Hidden(previous.GetValueOrDefault(key), group.Key, metric, reason)
                    : kept[key] with { Withheld = reason });
            }
        }
        return cells;
    }

    // A withheld cell keeps its last released figures and their basis (hidden), or none if it was never released.
    private static NormCell Hidden(NormCell? prior, string group, string metric, string reason) =>
        prior is { Basis: not null, Figures: not null }
            ? prior with { Withheld = reason, Carried = false }
            : new NormCell(group, metric, null, null, reason, false);

    private static void CarryWhereTablesWouldGiveChangesAway(Dictionary<(string, string), NormFigures> fresh,
        Dictionary<(string, string), NormCell> kept, IReadOnlyDictionary<(string, string), NormCell> previous,
        ChangedSince changed, BenchmarkOptions options)
    {
        for (var again = true; again;)
        {
            again = false;
            foreach (var metric in fresh.Keys.Select(c => c.Item2).Distinct().ToList())
            {
                var groups = fresh.Keys.Concat(kept.Keys).Where(c => c.Item2 == metric)
                    .ToDictionary(c => PeerGroup.Parse(c.Item1), _ => 1);
                foreach (var table in Suppression.Tables(groups, options))
                {
                    var parent = (table.Parent.Key, metric);
                    if (!fresh.ContainsKey(parent) || previous.GetValueOrDefault(parent) is not { Basis: { } b } prior
                        || prior.Figures is null) continue;
                    var hidden = changed(b, parent.Item1, metric) - table.Children
                        .Where(c => fresh.ContainsKey((c.Key, metric))).Sum(c => changed(b, c.Key, metric));
                    if (hidden <= 0 || hidden >= options.K) continue;
                    fresh.Remove(parent);
                    kept[parent] = prior with { Carried = true, Withheld = null };
                    again = true;
                }
            }
        }
    }
}
