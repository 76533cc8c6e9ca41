using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Benchmarks;

/// <summary>benchmark(instrumentKey, peerGroup): aggregate-only, for every authenticated caller.</summary>
internal static class BenchmarkQuery
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<BenchmarkType>>("benchmark")
            .WithMetadata(GraphQL.ComplexityModel.CostKey, GraphQL.ComplexityModel.Benchmark)
            .Description("Peer statistics per construct, layer and the overall index, released only from k firms and never so that two released groups differ by fewer than k.")
            .Argument<NonNullGraphType<StringGraphType>>("instrumentKey")
            .Argument<NonNullGraphType<PeerGroupInputType>>("peerGroup")
            .Argument<IntGraphType>("instrumentVersion", "Whose constructs and layers to report; omitted: the latest published version.")
            .ResolveAsync(async c =>
            {
                await AssessmentAccess.RequireAuthenticated(c);
                var key = c.GetArgument<string>("instrumentKey");
                var catalog = c.RequestServices!.GetRequiredService<InstrumentCatalog>();
                var instrument = (c.GetArgument<int?>("instrumentVersion") is { } v
                        ? catalog.Published().FirstOrDefault(d => d.Key == key && d.Version == v) : catalog.Latest(key))
                    ?? throw new ExecutionError($"No published instrument '{key}'.") { Code = "INSTRUMENT_NOT_FOUND" };
                var group = ResolveGroup(c);
                var reader = c.RequestServices!.GetRequiredService<BenchmarkReader>();
                var (snapshot, rows) = await reader.ReadAsync(instrument.Key, ScoringEngine.ScoringVersion, group, c.CancellationToken);
                return BenchmarkResults.For(instrument, c.RequestServices!.GetRequiredService<PeerMetrics>(), group, snapshot, rows, reader.Options);
            });
    }

    /// <summary>The peerGroup argument as a configured group, or an error with UNKNOWN_PEER_DIMENSION / UNKNOWN_PEER_VALUE.</summary>
    public static PeerGroup ResolveGroup(IResolveFieldContext c)
    {
        var (group, problem) = c.RequestServices!.GetRequiredService<PeerGroups>().Resolve(c.GetArgument<PeerGroupInput>("peerGroup").Values());
        if (problem is not null) throw new ExecutionError(problem.Message) { Code = problem.Code };
        return group!;
    }
}

/// <summary>profile.constructs[].peerPercentile(peerGroup): where this firm's score falls among its peers.</summary>
internal static class PeerPercentileField
{
    public static Scoring.ConstructScoreViewType AddTo(Scoring.ConstructScoreViewType type)
    {
        type.Field<NonNullGraphType<PeerPercentileType>>("peerPercentile")
            .WithMetadata(GraphQL.ComplexityModel.CostKey, GraphQL.ComplexityModel.PeerPercentile)
            .Description("The percentile rank of this score in a peer group; null with a reason when the group is withheld or the score is missing.")
            .Argument<NonNullGraphType<PeerGroupInputType>>("peerGroup")
            .ResolveAsync(async c =>
            {
                var group = BenchmarkQuery.ResolveGroup(c);
                var score = ((ConstructScoreView)c.Source!);
                if (!ScoredConstructs.TryGet(score, out var scored) || score.Score is not { } value)
                    return new PeerPercentile(group, true, "NO_SCORE: this construct has no score to place.", null, null);
                var (instrument, scoringVersion) = scored;
                var metric = c.RequestServices!.GetRequiredService<PeerMetrics>().Construct(instrument.Key, instrument.Version, score.Key);
                var reader = c.RequestServices!.GetRequiredService<BenchmarkReader>();
                var (snapshot, rows) = await reader.ReadAsync(instrument.Key, scoringVersion, group, c.CancellationToken);
                var (released, reason, row) = BenchmarkResults.Lookup(metric, group, snapshot, rows, reader.Options);
                return released && row is not null
                    ? new PeerPercentile(group, false, null, row.N, Math.Round(row.PercentileRank(value), 1))
                    : new PeerPercentile(group, true, reason, null, null);
            });
        return type;
    }
}

/// <summary>Which instrument and scoring a construct score shown in a profile belongs to (GraphQL.NET 8 gives a field no
/// reliable parent context), remembered by reference for as long as the view object lives.</summary>
internal static class ScoredConstructs
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ConstructScoreView, Tuple<InstrumentRef, string>> Table = new();

    public static ProfileView Remember(ProfileView view, InstrumentRef instrument)
    {
        foreach (var c in view.Constructs.Concat(view.ManagementModes)) Table.AddOrUpdate(c, Tuple.Create(instrument, view.ScoringVersion));
        return view;
    }

    public static bool TryGet(ConstructScoreView view, out (InstrumentRef Instrument, string ScoringVersion) scored)
    {
        var found = Table.TryGetValue(view, out var t);
        scored = found ? (t!.Item1, t.Item2) : default;
        return found;
    }
}
