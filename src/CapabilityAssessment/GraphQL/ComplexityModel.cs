using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace CapabilityAssessment.GraphQL;

/// <summary>
/// What a document costs, so a client can read a whole questionnaire in one query but cannot multiply expensive reads:
/// - introspection (GraphiQL loads the schema) and the static instrument data (held in memory, bounded by the
///   instrument files, not by data) cost 1 per field and their lists do not multiply: the whole catalog is ~100;
/// - reads that aggregate data (benchmark, reliability, a profile, a peer percentile) carry their own cost
///   (metadata <see cref="CostKey"/>), so aliases add them up: 20,000 allows about nine benchmarks in one request;
/// - everything else keeps GraphQL.NET's defaults (1 per field, lists multiply their children by 20).
/// </summary>
internal static class ComplexityModel
{
    public const int Benchmark = 2_000;
    public const int Reliability = 2_000;
    public const int Profile = 500;
    public const int PeerPercentile = 200;

    private static readonly HashSet<string> StaticRoots = ["instruments", "instrument", "instrumentChanges"];

    public static void Apply(ComplexityOptions options)
    {
        var byDefault = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = field =>
        {
            var definition = field.FieldDefinition;
            if (definition.Name is "__schema" or "__type") return new FieldComplexityResult(0, 0);
            if (definition.GetMetadata<int?>(CostKey) is { } cost) return new FieldComplexityResult(cost, 1);
            if (IsStatic(field)) return new FieldComplexityResult(1, 1);
            return byDefault(field);
        };
    }

    public const string CostKey = "capability.cost";

    /// <summary>
    /// Set on a type whose fields read only data already in memory (the instrument catalog): each costs 1.
    /// </summary>
    public const string StaticKey = "capability.static";

    private static bool IsStatic(FieldImpactContext field) =>
        field.ParentType is IObjectGraphType parent &&
        (parent.Name == "Query" && StaticRoots.Contains(field.FieldDefinition.Name)
            || parent.GetMetadata(StaticKey, false));
}
