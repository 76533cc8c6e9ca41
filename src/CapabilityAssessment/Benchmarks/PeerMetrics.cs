using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Benchmarks;

/// <summary>
/// The pooling key of each construct, layer and the overall index of an instrument version. A construct keeps the key
/// of the version it was introduced or last changed in for as long as each later crosswalk declares it comparable (same
/// items, same wording), so versions pool only where the crosswalk allows; "equivalent" (re-worded) and "changed"
/// constructs start a new series. Layers and the index pool only across versions whose crosswalk declares every
/// construct comparable. The scoring version is a separate key column, so different scoring never pools either.
/// </summary>
internal sealed class PeerMetrics(InstrumentCatalog catalog)
{
    public const string Firms = "firms";

    public string Construct(string instrumentKey, int version, string construct) =>
        $"construct:{construct}@v{Origin(instrumentKey, version, w => w.Comparable.Contains(construct))}";

    public string Layer(string instrumentKey, int version, string layer) =>
        $"layer:{layer}@v{WholeOrigin(instrumentKey, version)}";

    public string Overall(string instrumentKey, int version) => $"overall@v{WholeOrigin(instrumentKey, version)}";

    private int WholeOrigin(string key, int version) =>
        Origin(key, version, w => w.Equivalent.Count == 0 && w.Changed.Count == 0 && w.Added.Count == 0
            && w.Removed.Count == 0);

    private int Origin(string key, int version, Func<Crosswalk, bool> comparable)
    {
        while (version > 1 && catalog.Get(key, version)?.Crosswalk is { } walk && comparable(walk)
            && catalog.Get(key, version - 1) is not null)
            version--;
        return version;
    }
}
