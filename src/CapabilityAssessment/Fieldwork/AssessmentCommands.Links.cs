using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using Marten;

namespace CapabilityAssessment.Fieldwork;

/// <summary>
/// A colleague's link after it was issued: sent again (a new token; tokens are stored only as hashes, so the old one
/// cannot be shown again and is revoked) or revoked. Revoking expires the RespondentLink documents now; the respondent
/// and any answers stay in the stream, so closing still counts only what was submitted.
/// </summary>
internal sealed partial class AssessmentCommands
{
    /// <summary>
    /// Names the firm's contact of a consultant's assessment and issues their link (see AssessmentRules.NameContact).
    /// </summary>
    public async Task<(CommandResult Result, IssuedLink? Link)> NameContactAsync(Guid assessmentId, string role,
        string name, string by, CancellationToken ct)
    {
        IssuedLink? link = null;
        var result = await DecideAsync(assessmentId, (state, instrument) =>
            AssessmentRules.NameContact(state, instrument, Guid.CreateVersion7(Now), role, name, by, Now),
            (session, events) => link = IssueLink(session, assessmentId,
                ((RespondentInvited)events[0]).RespondentId, role), ct);
        return (result, result.Succeeded ? link : null);
    }

    public async Task<(CommandResult Result, IssuedLink? Link)> ReissueLinkAsync(Guid assessmentId,
        Guid respondentId, string by, CancellationToken ct)
    {
        var (result, respondent) = await ChangeableLinkAsync(assessmentId, respondentId, ct);
        if (!result.Succeeded) return (result, null);
        await using var session = store.LightweightSession();
        await ExpireLinksAsync(session, respondentId, ct);
        var link = IssueLink(session, assessmentId, respondentId, respondent!.Role);
        await session.SaveChangesAsync(ct);
        return (result, link);
    }

    public async Task<CommandResult> RevokeLinksAsync(Guid assessmentId, Guid respondentId, string by,
        CancellationToken ct)
    {
        var (result, _) = await ChangeableLinkAsync(assessmentId, respondentId, ct);
        if (!result.Succeeded) return result;
        await using var session = store.LightweightSession();
        await ExpireLinksAsync(session, respondentId, ct);
        await session.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>
    /// Whether the respondent has a link that still works (false once every link was revoked or has expired).
    /// </summary>
    public async Task<IReadOnlySet<Guid>> RespondentsWithLiveLinksAsync(Guid assessmentId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var links = await session.Query<RespondentLink>().Where(l => l.AssessmentId == assessmentId).ToListAsync(ct);
        return links.Where(l => l.ExpiresAt is null || l.ExpiresAt > Now).Select(l => l.RespondentId).ToHashSet();
    }

    private async Task<(CommandResult Result, Respondent? Respondent)> ChangeableLinkAsync(Guid assessmentId,
        Guid respondentId, CancellationToken ct)
    {
        var state = await LoadAsync(assessmentId, ct);
        var decision = state is null
            ? Decision.Reject(AssessmentCodes.AssessmentNotFound, "assessmentId", $"No assessment {assessmentId}.")
            : AssessmentRules.ChangeLink(state, respondentId);
        return (new CommandResult(assessmentId, state?.Version ?? 0, decision.Problems),
            state?.FindRespondent(respondentId));
    }

    private async Task ExpireLinksAsync(IDocumentSession session, Guid respondentId, CancellationToken ct)
    {
        var links = await session.Query<RespondentLink>().Where(l => l.RespondentId == respondentId).ToListAsync(ct);
        foreach (var link in links.Where(l => l.ExpiresAt is null || l.ExpiresAt > Now))
            session.Store(link with { ExpiresAt = Now });
    }
}
