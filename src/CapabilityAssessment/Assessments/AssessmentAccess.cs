using CapabilityAssessment.Access;
using CapabilityAssessment.Storage;
using GraphQL;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Assessments;

/// <summary>Who may see or change an assessment; every resolver asks here before it touches one.</summary>
internal static class AssessmentAccess
{
    public static Task<Principal> Caller(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<CurrentPrincipal>().GetAsync(context.CancellationToken);

    public static async Task<AssessmentSummary?> Summary(IResolveFieldContext context, Guid id)
    {
        await using var session = context.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<AssessmentSummary>(id, context.CancellationToken);
    }

    /// <summary>Managers: the organisation's consultants, admins, and a self-service firm's first respondent.</summary>
    public static async Task<(Principal Caller, AssessmentSummary Summary)> RequireManager(
        IResolveFieldContext context, Guid id)
    {
        var caller = await RequireAuthenticated(context);
        // A role that never manages is refused before the lookup, so the answer does
        // not depend on whether the id exists.
        if (caller.Role is PrincipalRole.Researcher)
            throw new AccessDenied(AccessDenied.Forbidden, "Researchers cannot manage assessments.");
        var summary = await Summary(context, id);
        if (summary is null || !caller.CanManage(id, summary.OrganisationId, summary.OwnerRespondent))
            throw new ExecutionError($"No assessment {id} that you can manage.")
                { Code = AssessmentCodes.AssessmentNotFound };
        return (caller, summary);
    }

    public static async Task<Principal> RequireRespondent(IResolveFieldContext context)
    {
        var caller = await RequireAuthenticated(context);
        if (caller.Role != PrincipalRole.Respondent || caller.AssessmentId is null)
            throw new AccessDenied(AccessDenied.Forbidden,
                "Only a respondent, with their link token as the bearer token, can answer.");
        return caller;
    }

    public static async Task<Principal> RequireAuthenticated(IResolveFieldContext context)
    {
        var caller = await context.Caller();
        if (!caller.IsAuthenticated)
            throw new AccessDenied(AccessDenied.Unauthenticated,
                "Send an API key or a respondent token as 'Authorization: Bearer <token>'.");
        return caller;
    }
}
