using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Scoring;

internal static class ReliabilityQuery
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConstructReliabilityType>>>>("reliability")
            .WithMetadata(GraphQL.ComplexityModel.CostKey, GraphQL.ComplexityModel.Reliability)
            .Description("Reliability of each construct of an instrument version over all submitted responses (respondent level). Aggregate only.")
            .Argument<NonNullGraphType<StringGraphType>>("instrumentKey")
            .Argument<NonNullGraphType<IntGraphType>>("version")
            .ResolveAsync(async c =>
            {
                var caller = await AssessmentAccess.RequireAuthenticated(c);
                if (caller.Role == PrincipalRole.Respondent)
                    throw new AccessDenied(AccessDenied.Forbidden, "Reliability statistics are for consultants, researchers and admins.");
                var (key, version) = (c.GetArgument<string>("instrumentKey"), c.GetArgument<int>("version"));
                var instrument = c.RequestServices!.GetRequiredService<InstrumentCatalog>().Get(key, version)
                    ?? throw new ExecutionError($"instrumentKey: no instrument '{key}' v{version}.") { Code = "INSTRUMENT_NOT_FOUND" };
                var respondents = await SubmittedResponses.LoadAsync(c.RequestServices!.GetRequiredService<IDocumentStore>(), key, version, c.CancellationToken);
                return InstrumentReliability.For(instrument, respondents);
            });
    }
}
