using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Storage;
using GraphQL.Types;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Fieldwork;

internal static class AssessmentQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<AssessmentType>("assessment")
            .Description("One assessment: its managers see everything; a respondent sees their own assessment " +
                "and answers.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<Guid>("id");
                var caller = await AssessmentAccess.RequireAuthenticated(c);
                var summary = await AssessmentAccess.Summary(c, id);
                var canManage = summary is not null && caller.CanManage(id, summary.OrganisationId,
                    summary.OwnerRespondent);
                if (summary is null || !(canManage || caller.AssessmentId == id))
                    throw new ExecutionError($"No assessment {id} that you can see.")
                        { Code = AssessmentCodes.AssessmentNotFound };
                var commands = c.RequestServices!.GetRequiredService<AssessmentCommands>();
                var state = await commands.LoadAsync(id, c.CancellationToken);
                return state is null ? null : AssessmentViews.For(state, commands.PinnedInstrument(state),
                    caller, canManage);
            });

        AssessmentList.AddTo(query);
    }
}
