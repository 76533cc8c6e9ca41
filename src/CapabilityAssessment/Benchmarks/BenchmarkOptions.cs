namespace CapabilityAssessment.Benchmarks;

/// <summary>
/// The "Benchmarks" settings: which peer dimensions and declared combinations exist, the release threshold k and the
/// age classes. Changing dimensions or age classes needs `benchmarks rebuild` (memberships are stored per firm).
/// </summary>
public sealed class BenchmarkOptions
{
    public const string Section = "Benchmarks";

    /// <summary>
    /// Threshold rule: a group's statistics are released only from k firms (OECD: at least 3, commonly 5).
    /// </summary>
    public int K { get; set; } = 5;

    /// <summary>A replica further behind than this serves no benchmark reads (they go to the primary) and /readyz says
    /// so; 0 turns the lag check off (an unreachable replica is still skipped).</summary>
    public TimeSpan MaxReplicaLag { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one check of the replica (reachable, lag) is trusted before the next.</summary>
    public TimeSpan ReplicaCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    // Lists start empty and get their defaults after binding: the configuration binder appends to a pre-filled list.
    public List<string> Dimensions { get; set; } = [];

    /// <summary>Declared crossings, "first+second", e.g. "industry+size".</summary>
    public List<string> Combinations { get; set; } = [];

    /// <summary>
    /// Lower bounds (years since founding) of the age classes after the first: 5, 10, 20 gives 0-4, 5-9, 10-19, 20+.
    /// </summary>
    public List<int> AgeClassBounds { get; set; } = [];

    /// <summary>The defaults for whatever the configuration left empty.</summary>
    public BenchmarkOptions WithDefaults()
    {
        if (Dimensions.Count == 0)
            Dimensions = [PeerDimensions.Industry, PeerDimensions.Size, PeerDimensions.Country, PeerDimensions.Age];
        if (Combinations.Count == 0) Combinations = ["industry+size", "country+size"];
        if (AgeClassBounds.Count == 0) AgeClassBounds = [5, 10, 20];
        return this;
    }

    internal IEnumerable<string> Problems()
    {
        if (K < 3)
            yield return $"Benchmarks:K is {K}; it must be at least 3 (a group of 2 lets either member compute the " +
                "other's score).";
        if (MaxReplicaLag < TimeSpan.Zero)
            yield return "Benchmarks:MaxReplicaLag must be 0 (off) or more, e.g. 00:00:30.";
        if (ReplicaCheckInterval <= TimeSpan.Zero)
            yield return "Benchmarks:ReplicaCheckInterval must be more than 0, e.g. 00:00:05.";
        foreach (var d in Dimensions.Where(d => !PeerDimensions.Singles.Contains(d)))
            yield return $"Benchmarks:Dimensions: unknown dimension '{d}' (known: " +
                $"{string.Join(", ", PeerDimensions.Singles)}).";
        foreach (var c in Combinations)
            if (c.Split('+') is not [var a, var b] || a == b || !Dimensions.Contains(a) || !Dimensions.Contains(b))
                yield return $"Benchmarks:Combinations: '{c}' must cross two different configured dimensions, e.g. " +
                    "industry+size.";
        if (AgeClassBounds.Count == 0 || AgeClassBounds[0] <= 0
            || AgeClassBounds.Zip(AgeClassBounds.Skip(1)).Any(p => p.First >= p.Second))
            yield return "Benchmarks:AgeClassBounds must be increasing positive years, e.g. [5, 10, 20].";
    }
}
