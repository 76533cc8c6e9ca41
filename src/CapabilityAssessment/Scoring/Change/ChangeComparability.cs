using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring.Change;

/// <summary>Which constructs may be compared between two versions of one instrument: the crosswalks decide.</summary>
internal static class ChangeComparability
{
    /// <summary>
    /// Within one version every construct compares with itself. Across versions a construct compares only when every
    /// crosswalk between them lists it as comparable (same items, same wording, same scoring), the rule benchmarks pool
    /// by (Benchmarks/PeerMetrics): an "equivalent" (re-worded) or "changed" construct may move for reasons that are
    /// not the firm's, so its change is not reported as one.
    /// </summary>
    public static IReadOnlySet<string> Constructs(InstrumentCatalog catalog, string key, int fromVersion, int toVersion)
    {
        var (low, high) = fromVersion <= toVersion ? (fromVersion, toVersion) : (toVersion, fromVersion);
        if (catalog.Get(key, high) is not { } newest) return new HashSet<string>();
        var keys = newest.Constructs.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        for (var v = high; v > low; v--)
        {
            if (catalog.Get(key, v)?.Crosswalk is not { } walk || walk.From != v - 1) return new HashSet<string>();
            keys.IntersectWith(walk.Comparable);
        }
        return keys;
    }
}
