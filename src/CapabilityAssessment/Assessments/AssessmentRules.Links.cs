using CapabilityAssessment.Http;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Assessments;

internal static partial class AssessmentRules
{
    public const int ContactNameMaxLength = 120;

    /// <summary>A consultant names the firm's contact: a new respondent who keeps the firm profile and manages the team
    /// (a self-service assessment's contact is already the person who started it). A later
    /// contact replaces an earlier.</summary>
    public static Decision NameContact(Assessment state, InstrumentDefinition instrument, Guid respondentId,
        string role, string name, string by, DateTimeOffset now)
    {
        if (state.Status == AssessmentStatus.Closed) return Closed();
        if (state.IsSelfService)
            return Decision.Reject(AssessmentCodes.SelfServiceContact, "assessmentId",
                "A self-service assessment's contact is the person who started it; no one else can be named.");
        var problems = ContactNameProblems(name).ToList();
        var invited = Invite(state, instrument, respondentId, role, by, now);
        problems.AddRange(invited.Problems);
        return problems.Count > 0 ? Decision.Reject(problems)
            : Decision.Accept(invited.Events[0], new FirmContactNamed(respondentId, name.Trim(), by, now));
    }

    public static IEnumerable<Problem> ContactNameProblems(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > ContactNameMaxLength || trimmed.Any(char.IsControl))
            yield return new Problem(AssessmentCodes.InvalidContactName, "name",
                $"The contact's name must be 1 to {ContactNameMaxLength} characters, without control characters.");
    }

    /// <summary>A colleague's link may be sent again or revoked while the assessment is open; the owner's own link
    /// never (revoking it would lock the firm out of managing its assessment).</summary>
    public static Decision ChangeLink(Assessment state, Guid respondentId)
    {
        if (state.FindRespondent(respondentId) is null)
            return Decision.Reject(AssessmentCodes.RespondentNotFound, "respondentId",
                "This respondent is not part of the assessment.");
        if (state.Status == AssessmentStatus.Closed) return Closed();
        if (state.OwnerRespondent == respondentId)
            return Decision.Reject(AssessmentCodes.OwnerLink, "respondentId",
                "The owner's own link cannot be sent again or revoked.");
        return Decision.Accept();
    }
}
