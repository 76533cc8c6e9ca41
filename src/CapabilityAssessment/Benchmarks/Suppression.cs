namespace CapabilityAssessment.Benchmarks;

/// <summary>Why a group's statistics are withheld.</summary>
public sealed record SuppressionReason(string Code, string Message);

/// <summary>
/// A parent group split into disjoint children whose counts add up to the parent (an "unknown" child holds the rest).
/// </summary>
internal sealed record PeerTable(PeerGroup Parent, IReadOnlyList<PeerGroup> Children);

/// <summary>
/// Disclosure control over linked tables (Hundepool et al., Statistical Disclosure Control, 2012, ch. 4 and 5):
/// primary suppression of every group under k (threshold rule), then secondary (complementary) suppression: in every
/// table whose parent is released, the withheld children together must hold 0 or at least k firms, otherwise parent
/// minus the released children would give them away; the smallest released child is withheld next (deterministic:
/// smallest n, then value), and all tables are re-checked until nothing changes, since a cell sits in several tables.
/// Firms without a value for a dimension form an "unknown" child that is never released.
/// </summary>
internal static class Suppression
{
    public const string Unknown = "?";
    public const string BelowThreshold = "BELOW_THRESHOLD";
    public const string Complementary = "COMPLEMENTARY";

    public static string BelowThresholdMessage(int k) => $"Fewer than {k} firms in this group.";

    public static string BelowThresholdReason(int k) => $"{BelowThreshold}: {BelowThresholdMessage(k)}";

    public static Dictionary<PeerGroup, SuppressionReason> Decide(IReadOnlyDictionary<PeerGroup, int> counts,
        BenchmarkOptions options)
    {
        var n = new Dictionary<PeerGroup, int>(counts);
        var tables = Tables(n, options);
        var withheld = new Dictionary<PeerGroup, SuppressionReason>();
        foreach (var (group, count) in n)
            if (group.Value == Unknown || group.Value.Split('|').Contains(Unknown))
                withheld[group] = new("UNKNOWN", "Firms without this attribute are never a group of their own.");
            else if (count < options.K)
                withheld[group] = new(BelowThreshold, BelowThresholdMessage(options.K));
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var table in tables.Where(t => !withheld.ContainsKey(t.Parent)))
            {
                var hidden = table.Children.Where(withheld.ContainsKey).Sum(c => n.GetValueOrDefault(c));
                if (hidden <= 0 || hidden >= options.K) continue;
                var next = table.Children.Where(c => !withheld.ContainsKey(c) && n.GetValueOrDefault(c) > 0)
                    .OrderBy(c => n[c]).ThenBy(c => c.Value, StringComparer.Ordinal).FirstOrDefault();
                withheld[next ?? table.Parent] = new(Complementary,
                    $"Withheld so that {table.Parent.Key} minus its released subgroups does not reveal fewer than " +
                        $"{options.K} firms.");
                changed = true;
            }
        }
        return withheld;
    }

    /// <summary>everyone by each dimension; each value of a crossed dimension by the other one.</summary>
    public static List<PeerTable> Tables(Dictionary<PeerGroup, int> n, BenchmarkOptions options)
    {
        var tables = new List<PeerTable>();
        var everyone = n.GetValueOrDefault(PeerGroup.Everyone);
        n[PeerGroup.Everyone] = everyone;
        foreach (var d in options.Dimensions)
            tables.Add(WithUnknown(PeerGroup.Everyone, n.Keys.Where(g => g.Dimension == d && g.Value != Unknown)
                .ToList(), new(d, Unknown), n));
        foreach (var combination in options.Combinations)
        {
            var dims = combination.Split('+');
            var cells = n.Keys.Where(g => g.Dimension == combination && !g.Value.Contains(Unknown)).ToList();
            for (var side = 0; side < 2; side++)
            {
                var s = side;
                foreach (var parent in n.Keys.Where(g => g.Dimension == dims[s] && g.Value != Unknown).ToList())
                {
                    var children = cells.Where(c => c.Value.Split('|')[s] == parent.Value).ToList();
                    var parts = new string[2];
                    parts[s] = parent.Value;
                    parts[1 - s] = Unknown;
                    tables.Add(WithUnknown(parent, children, new(combination, string.Join('|', parts)), n));
                }
            }
        }
        return tables;
    }

    private static PeerTable WithUnknown(PeerGroup parent, List<PeerGroup> children, PeerGroup unknown,
        Dictionary<PeerGroup, int> n)
    {
        var rest = n.GetValueOrDefault(parent) - children.Sum(c => n.GetValueOrDefault(c));
        if (rest > 0) n[unknown] = rest;
        return new PeerTable(parent, rest > 0 ? [.. children, unknown] : children);
    }
}
