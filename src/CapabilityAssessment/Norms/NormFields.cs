using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using GraphQL.Types;
using GraphQL;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Norms;

/// <summary>
/// The root fields that read norm releases: norms, benchmark and reliability. Every one reads a frozen release.
/// </summary>
internal static class NormFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NormReleaseType>>>>("norms")
            .Description("The norm releases of an instrument, newest first: what benchmarks, percentiles and " +
                "intervals are read from.")
            .Argument<NonNullGraphType<StringGraphType>>("instrumentKey")
            .ResolveAsync(async c =>
            {
                await AssessmentAccess.RequireAuthenticated(c);
                var key = c.GetArgument<string>("instrumentKey");
                _ = Instrument(c, key, null);
                return await c.RequestServices!.GetRequiredService<NormReads>().ListAsync(key, c.CancellationToken);
            });
        query.Field<NonNullGraphType<BenchmarkType>>("benchmark")
            .WithMetadata(GraphQL.ComplexityModel.CostKey, GraphQL.ComplexityModel.Benchmark)
            .Description("Peer statistics per construct, layer and the overall index from a norm release (the latest " +
                "unless one is named).")
            .Argument<NonNullGraphType<StringGraphType>>("instrumentKey")
            .Argument<NonNullGraphType<PeerGroupInputType>>("peerGroup")
            .Argument<IntGraphType>("instrumentVersion",
                "Whose constructs and layers to report; omitted: the latest published version.")
            .Argument<StringGraphType>("release", "A release's label or id (see norms); omitted: the latest.")
            .ResolveAsync(async c =>
            {
                await AssessmentAccess.RequireAuthenticated(c);
                var key = c.GetArgument<string>("instrumentKey");
                var instrument = Instrument(c, key, c.GetArgument<int?>("instrumentVersion"));
                var group = ResolveGroup(c);
                var reads = c.RequestServices!.GetRequiredService<NormReads>();
                var release = await FindAsync(c, key);
                var cells = release is null ? [] : await reads.CellsAsync(release.Id, [group.Key], c.CancellationToken);
                return NormResults.For(instrument, c.RequestServices!.GetRequiredService<PeerMetrics>(), group,
                    release, cells, c.RequestServices!.GetRequiredService<IOptions<BenchmarkOptions>>().Value.K);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NormReliabilityType>>>>("reliability")
            .WithMetadata(GraphQL.ComplexityModel.CostKey, GraphQL.ComplexityModel.Reliability)
            .Description("Each construct's reliability in a norm release (the latest unless one is named), rounded; " +
                "for researchers and admins.")
            .Argument<NonNullGraphType<StringGraphType>>("instrumentKey")
            .Argument<NonNullGraphType<IntGraphType>>("version")
            .Argument<StringGraphType>("release", "A release's label or id (see norms); omitted: the latest.")
            .ResolveAsync(async c =>
            {
                var caller = await AssessmentAccess.RequireAuthenticated(c);
                if (caller.Role is not (PrincipalRole.Researcher or PrincipalRole.Admin))
                    throw new AccessDenied(AccessDenied.Forbidden,
                        "Reliability statistics are for researchers and admins.");
                var (key, version) = (c.GetArgument<string>("instrumentKey"), c.GetArgument<int>("version"));
                _ = c.RequestServices!.GetRequiredService<InstrumentCatalog>().Get(key, version)
                    ?? throw new ExecutionError($"instrumentKey: no instrument '{key}' v{version}.")
                        { Code = InstrumentCodes.InstrumentNotFound };
                return (await FindAsync(c, key))?.Reliability.Where(r => r.InstrumentVersion == version).ToList() ?? [];
            });
        MeasurementModelField.AddTo(query);
    }

    private static InstrumentDefinition Instrument(IResolveFieldContext c, string key, int? version)
    {
        var catalog = c.RequestServices!.GetRequiredService<InstrumentCatalog>();
        return (version is { } v ? catalog.Published().FirstOrDefault(d => d.Key == key && d.Version == v)
            : catalog.Latest(key))
            ?? throw new ExecutionError($"No published instrument '{key}'.")
                { Code = InstrumentCodes.InstrumentNotFound };
    }

    /// <summary>The named release (argument `release`), or the latest; a name that matches none is an error.</summary>
    public static async Task<NormRelease?> FindAsync(IResolveFieldContext c, string key)
    {
        var named = c.GetArgument<string?>("release");
        var found = await c.RequestServices!.GetRequiredService<NormReads>()
            .FindAsync(key, ScoringEngine.ScoringVersion, named, c.CancellationToken);
        if (found is null && named is not null)
            throw new ExecutionError($"release: no norm release '{named}' of {key} (see norms).")
                { Code = NormCodes.NormReleaseNotFound };
        return found;
    }

    /// <summary>
    /// The peerGroup argument as a configured group, or an error with UNKNOWN_PEER_DIMENSION / UNKNOWN_PEER_VALUE.
    /// </summary>
    public static PeerGroup ResolveGroup(IResolveFieldContext c)
    {
        var (group, problem) = c.RequestServices!.GetRequiredService<PeerGroups>()
            .Resolve(c.GetArgument<PeerGroupInput>("peerGroup").Values());
        if (problem is not null) throw new ExecutionError(problem.Message) { Code = problem.Code };
        return group!;
    }
}
