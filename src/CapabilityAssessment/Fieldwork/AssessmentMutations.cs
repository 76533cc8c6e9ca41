using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.GraphQL;
using GraphQL.Types;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Fieldwork;

internal static class AssessmentMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<RespondentLinkType>("startAssessment")
            .Description("Starts an assessment of a firm and returns the first respondent's link. Consultants start " +
                "it for their organisation; anyone may start a self-service one.")
            .Argument<NonNullGraphType<StringGraphType>>("instrumentKey")
            .Argument<IntGraphType>("instrumentVersion", "Default: the latest published version.")
            .Argument<NonNullGraphType<FirmInputType>>("firm")
            .Argument<IdGraphType>("firmId",
                "An existing firm of your organisation (from an earlier assessment's firmId), so benchmarks count " +
                "the firm once.")
            .Argument<StringGraphType>("language", a => a.DefaultValue = "en")
            .Argument<StringGraphType>("respondentRole", a => a.DefaultValue = "managing_director")
            .Argument<StringGraphType>("contactName",
                "Consultants: the first respondent's name as the firm's contact; their link then "
                + "opens the owner's page (invite, revoke, close, the firm profile). See nameFirmContact.")
            .ResolveAsync(async c =>
            {
                var caller = await c.Caller();
                if (caller.Role is PrincipalRole.Researcher or PrincipalRole.Respondent)
                    throw new AccessDenied(AccessDenied.Forbidden,
                        "Researchers and respondents cannot start assessments.");
                var role = c.GetArgument<string>("respondentRole");
                var (result, link) = await Commands(c).StartAsync(caller, c.GetArgument<string>("instrumentKey"),
                    c.GetArgument<int?>("instrumentVersion"), c.GetArgument<FirmInput>("firm").ToProfile(),
                    c.GetArgument<string>("language"), role, c.CancellationToken, c.GetArgument<Guid?>("firmId"),
                    c.GetArgument<string?>("contactName"));
                return result.Succeeded ? View(c, result.AssessmentId, link!) : Problems.Report(c, result.Problems);
            });

        mutation.Field<RespondentLinkType>("inviteRespondent")
            .Argument<NonNullGraphType<IdGraphType>>("assessmentId")
            .Argument<NonNullGraphType<StringGraphType>>("role")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<Guid>("assessmentId");
                var (caller, _) = await AssessmentAccess.RequireManager(c, id);
                var (result, link) = await Commands(c).InviteAsync(id, c.GetArgument<string>("role"), caller.Id,
                    c.CancellationToken);
                return result.Succeeded ? View(c, id, link!) : Problems.Report(c, result.Problems);
            });

        mutation.Field<SaveResultType>("saveAnswers")
            .Description("Saves a batch of the calling respondent's answers. Idempotent by saveId; a newer answer to " +
                "the same item is never overwritten (ANSWER_CONFLICT).")
            .Argument<NonNullGraphType<IdGraphType>>("saveId",
                "A client-chosen id; resending the same save is harmless.")
            .Argument<NonNullGraphType<LongGraphType>>("expectedVersion", "The assessment version the client last saw.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<AnswerInputType>>>>("answers")
            .ResolveAsync(async c =>
            {
                var caller = await AssessmentAccess.RequireRespondent(c);
                var answers = c.GetArgument<List<AnswerInput>>("answers")
                    .Select(a => new AnswerValue(a.ItemId, a.Value, a.DontKnow))
                    .ToList();
                var commands = Commands(c);
                var result = await commands.SaveAnswersAsync(caller.AssessmentId!.Value, caller.RespondentId!.Value,
                    c.GetArgument<Guid>("saveId"), c.GetArgument<long>("expectedVersion"), answers,
                    c.CancellationToken);
                return result.Succeeded ? new SaveResult(result.AssessmentId, result.Version)
                    : Problems.Report(c, result.Problems);
            });

        mutation.Field<SaveResultType>("submitResponse")
            .Description("Submits the calling respondent's response; the assessment closes by itself when every " +
                "respondent has submitted.")
            .ResolveAsync(async c =>
            {
                var caller = await AssessmentAccess.RequireRespondent(c);
                var commands = Commands(c);
                var result = await commands.DecideAsync(caller.AssessmentId!.Value, (state, instrument) =>
                    AssessmentRules.Submit(state, instrument, caller.RespondentId!.Value, commands.Now),
                        c.CancellationToken);
                return result.Succeeded ? new SaveResult(result.AssessmentId, result.Version)
                    : Problems.Report(c, result.Problems);
            });

        mutation.Field<SaveResultType>("closeAssessment")
            .Argument<NonNullGraphType<IdGraphType>>("assessmentId")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<Guid>("assessmentId");
                var (caller, _) = await AssessmentAccess.RequireManager(c, id);
                var commands = Commands(c);
                var result = await commands.DecideAsync(id, (state, _) =>
                    AssessmentRules.Close(state, caller.Id, commands.Now), c.CancellationToken);
                return result.Succeeded ? new SaveResult(id, result.Version) : Problems.Report(c, result.Problems);
            });

        mutation.Field<SaveResultType>("revokeRespondentLink")
            .Description("Revokes a colleague's links (the owner's own link cannot be revoked); their submitted " +
                "answers stay.")
            .Argument<NonNullGraphType<IdGraphType>>("assessmentId")
            .Argument<NonNullGraphType<IdGraphType>>("respondentId")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<Guid>("assessmentId");
                var (caller, _) = await AssessmentAccess.RequireManager(c, id);
                var result = await Commands(c).RevokeLinksAsync(id, c.GetArgument<Guid>("respondentId"), caller.Id,
                    c.CancellationToken);
                return result.Succeeded ? new SaveResult(id, result.Version) : Problems.Report(c, result.Problems);
            });

        mutation.Field<SaveResultType>("reopenAssessment")
            .Argument<NonNullGraphType<IdGraphType>>("assessmentId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<Guid>("assessmentId");
                var (caller, _) = await AssessmentAccess.RequireManager(c, id);
                var commands = Commands(c);
                var result = await commands.DecideAsync(id, (state, _) =>
                    AssessmentRules.Reopen(state, c.GetArgument<string>("reason"), caller.Id, commands.Now),
                        c.CancellationToken);
                return result.Succeeded ? new SaveResult(id, result.Version) : Problems.Report(c, result.Problems);
            });
    }

    private static AssessmentCommands Commands(IResolveFieldContext c) =>
        c.RequestServices!.GetRequiredService<AssessmentCommands>();

    private static RespondentLinkView View(IResolveFieldContext c, Guid assessmentId, IssuedLink link) =>
        new(assessmentId, link.RespondentId, link.Role, link.Token,
            Http.PublicUrls.Absolute(c.RequestServices!, "/a/" + link.Token));
}
