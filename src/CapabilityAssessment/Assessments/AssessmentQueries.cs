using CapabilityAssessment.Access;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Assessments;

internal static class AssessmentQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<AssessmentType>("assessment")
            .Description("One assessment: its managers see everything; a respondent sees their own assessment and answers.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<Guid>("id");
                var caller = await AssessmentAccess.RequireAuthenticated(c);
                var summary = await AssessmentAccess.Summary(c, id);
                var canManage = summary is not null && caller.CanManage(id, summary.OrganisationId, summary.OwnerRespondent);
                if (summary is null || !(canManage || caller.AssessmentId == id))
                    throw new ExecutionError($"No assessment {id} that you can see.") { Code = "ASSESSMENT_NOT_FOUND" };
                var commands = c.RequestServices!.GetRequiredService<AssessmentCommands>();
                var state = await commands.LoadAsync(id, c.CancellationToken);
                return state is null ? null : AssessmentViews.For(state, commands.PinnedInstrument(state), caller, canManage);
            });

        query.Field<NonNullGraphType<AssessmentPageType>>("assessments")
            .Description("The caller's organisation's assessments, newest first (admins: all).")
            .Argument<StringGraphType>("status", "OPEN or CLOSED")
            .Argument<StringGraphType>("instrumentKey")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<IntGraphType>("offset", a => a.DefaultValue = 0)
            .ResolveAsync(async c =>
            {
                var caller = await AssessmentAccess.RequireAuthenticated(c);
                if (caller.Role is not (PrincipalRole.Consultant or PrincipalRole.Admin))
                    throw new AccessDenied(AccessDenied.Forbidden, "Only consultants and admins can list assessments.");
                var first = c.GetArgument<int>("first");
                var offset = c.GetArgument<int>("offset");
                if (first is < 1 or > 100 || offset < 0)
                    throw new ExecutionError("first must be 1 to 100 and offset at least 0.") { Code = "INVALID_PAGE" };
                await using var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession();
                IQueryable<AssessmentSummary> query = session.Query<AssessmentSummary>();
                if (caller.Role == PrincipalRole.Consultant)
                {
                    var organisation = caller.OrganisationId!;
                    query = query.Where(s => s.OrganisationId == organisation);
                }
                if (c.GetArgument<string?>("status")?.ToUpperInvariant() is { } status) query = query.Where(s => s.Status == status);
                if (c.GetArgument<string?>("instrumentKey") is { } key) query = query.Where(s => s.InstrumentKey == key);
                var total = await query.CountAsync(c.CancellationToken);
                var items = await query.OrderByDescending(s => s.StartedAt).Skip(offset).Take(first).ToListAsync(c.CancellationToken);
                return new AssessmentPage(items, total);
            });
    }
}
