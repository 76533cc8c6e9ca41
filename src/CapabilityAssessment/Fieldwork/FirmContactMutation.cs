using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.GraphQL;
using GraphQL.Types;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Fieldwork;

/// <summary>
/// nameFirmContact: the consultant names the person at the firm who runs the assessment there. Their link opens the
/// owner's page of the form (invite and revoke colleagues, close, the firm profile), as the self-service owner's does;
/// other respondents only answer. Consultants of the assessment's organisation and admins may call it.
/// </summary>
internal static class FirmContactMutation
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<RespondentLinkType>("nameFirmContact")
            .Description("Names the firm's contact of a consultant's assessment and returns their link (shown once): " +
                "it opens the "
                + "owner's page (invite and revoke colleagues, close, the firm profile). A later contact replaces an " +
                    "earlier one.")
            .Argument<NonNullGraphType<IdGraphType>>("assessmentId")
            .Argument<NonNullGraphType<StringGraphType>>("name",
                "The contact's name as the firm's colleagues will see it (1-120 characters).")
            .Argument<StringGraphType>("role", "The contact's respondent role.", a =>
                a.DefaultValue = "managing_director")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<Guid>("assessmentId");
                var (caller, _) = await AssessmentAccess.RequireManager(c, id);
                if (caller.Role == PrincipalRole.Respondent)
                    throw new AccessDenied(AccessDenied.Forbidden,
                        "Only the assessment's consultant names the firm's contact.");
                var role = c.GetArgument<string>("role");
                var (result, link) = await c.RequestServices!.GetRequiredService<AssessmentCommands>()
                    .NameContactAsync(id, role, c.GetArgument<string>("name"), caller.Id, c.CancellationToken);
                return result.Succeeded
                    ? new RespondentLinkView(id, link!.RespondentId, link.Role, link.Token,
                        Http.PublicUrls.Absolute(c.RequestServices!, "/a/" + link.Token))
                    : Problems.Report(c, result.Problems);
            });
}
