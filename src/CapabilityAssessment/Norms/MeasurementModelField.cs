using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using GraphQL.Types;
using GraphQL;

namespace CapabilityAssessment.Norms;

/// <summary>
/// measurementModel(instrumentKey, version, release): the release's stored report, for researchers and admins.
/// </summary>
internal static class MeasurementModelField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<MeasurementReportType>>("measurementModel")
            .WithMetadata(GraphQL.ComplexityModel.CostKey, GraphQL.ComplexityModel.Reliability)
            .Description("The measurement model of each scale of an instrument version in a norm release (the " +
                "latest unless one is named), computed when the release was cut; no release and no constructs " +
                "before any. For researchers and admins.")
            .Argument<NonNullGraphType<StringGraphType>>("instrumentKey")
            .Argument<NonNullGraphType<IntGraphType>>("version")
            .Argument<StringGraphType>("release", "A release's label or id (see norms); omitted: the latest.")
            .ResolveAsync(async c =>
            {
                await RequireResearcher(c);
                var (key, version) = (c.GetArgument<string>("instrumentKey"), c.GetArgument<int>("version"));
                _ = c.RequestServices!.GetRequiredService<InstrumentCatalog>().Get(key, version)
                    ?? throw new ExecutionError($"instrumentKey: no instrument '{key}' v{version}.")
                        { Code = InstrumentCodes.InstrumentNotFound };
                var release = await NormFields.FindAsync(c, key);
                var report = release is null ? null
                    : await c.RequestServices!.GetRequiredService<NormReads>()
                        .MeasurementReportAsync(release.Id, c.CancellationToken);
                return new VersionReport(report, version);
            });

    public static async Task RequireResearcher(IResolveFieldContext c)
    {
        var caller = await AssessmentAccess.RequireAuthenticated(c);
        if (caller.Role is not (PrincipalRole.Researcher or PrincipalRole.Admin))
            throw new AccessDenied(AccessDenied.Forbidden, "Measurement models are for researchers and admins.");
    }
}

/// <summary>One instrument version's part of a release's report; Report is null before any release (or for a release
/// cut before reports existed).</summary>
public sealed record VersionReport(MeasurementReport? Report, int Version)
{
    public IReadOnlyList<ConstructModel> Constructs =>
        [.. (Report?.Constructs ?? []).Where(c => c.InstrumentVersion == Version)];
}
