using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.GraphQL;
using CapabilityAssessment.Scoring.Change;
using CapabilityAssessment.Scoring;
using GraphQL;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Profiles;

/// <summary>Who may see a firm's history: whoever manages its assessments (AssessmentAccess's managers).</summary>
internal static class FirmAccess
{
    /// <summary>
    /// Admins any firm; a consultant their organisation's; a self-service firm's owner (the first respondent of one of
    /// its assessments, who alone can start its follow-ups) their own. Researchers are refused before the lookup;
    /// everyone else gets FIRM_NOT_FOUND, the same for a firm that exists and one that does not.
    /// </summary>
    public static async Task<Firm> RequireFirm(IResolveFieldContext context, Guid id)
    {
        var caller = await AssessmentAccess.RequireAuthenticated(context);
        if (caller.Role is PrincipalRole.Researcher)
            throw new AccessDenied(AccessDenied.Forbidden, "Researchers see aggregates and releases, not firms.");
        await using var session = context.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession();
        var firm = await session.LoadAsync<Firm>(id, context.CancellationToken);
        if (firm is not null && await MaySee(caller, firm, session, context.CancellationToken)) return firm;
        var error = new ExecutionError($"No firm {id} that you can see.") { Code = AssessmentCodes.FirmNotFound };
        error.Data[ProblemErrorInfoProvider.FieldKey] = "id";
        throw error;
    }

    private static async Task<bool> MaySee(Principal caller, Firm firm, IQuerySession session, CancellationToken ct) =>
        caller.Role switch
        {
            PrincipalRole.Admin => true,
            PrincipalRole.Consultant => firm.OrganisationId is not null && firm.OrganisationId == caller.OrganisationId,
            PrincipalRole.Respondent => firm.OrganisationId is null && caller.AssessmentId is { } own
                && (await AssessmentReads.LatestManyAsync(session, [own], ct)).FirstOrDefault() is { } state
                && state.FirmId == firm.Id
                    && state.IsSelfService
                && state.OwnerRespondent == caller.RespondentId,
            _ => false,
        };
}
