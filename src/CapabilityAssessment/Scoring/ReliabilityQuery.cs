using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Store;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Scoring;

internal static class ReliabilityQuery
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConstructReliabilityType>>>>("reliability")
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
                var respondents = await SubmittedResponses(c.RequestServices!.GetRequiredService<DocumentStore>(), key, version, c.CancellationToken);
                return InstrumentReliability.For(instrument, respondents);
            });
    }

    // Reads every assessment of the instrument; fine for today's volumes, to be replaced by a maintained aggregate (issue #6).
    private static async Task<IReadOnlyList<Respondent>> SubmittedResponses(DocumentStore store, string key, int version, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var summaries = await session.Query<AssessmentSummary>().Where("instrumentKey", key).ToListAsync(ct);
        var respondents = new List<Respondent>();
        foreach (var summary in summaries.Where(s => s.InstrumentVersion == version))
            if (await session.Events.AggregateStreamAsync<Assessment>(summary.Id, cancellationToken: ct) is { } state)
                respondents.AddRange(state.Respondents.Where(r => r.HasSubmitted));
        return respondents;
    }
}
