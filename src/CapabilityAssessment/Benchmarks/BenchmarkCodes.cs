namespace CapabilityAssessment.Benchmarks;

/// <summary>Naming a peer group. Stable: clients compare them; README.md lists each.</summary>
public static class BenchmarkCodes
{
    public const string UnknownPeerDimension = "UNKNOWN_PEER_DIMENSION";
    public const string UnknownPeerValue = "UNKNOWN_PEER_VALUE";
}
