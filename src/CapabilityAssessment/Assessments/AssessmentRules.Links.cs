namespace CapabilityAssessment.Assessments;

internal static partial class AssessmentRules
{
    /// <summary>A colleague's link may be sent again or revoked while the assessment is open; the owner's own link never
    /// (revoking it would lock the firm out of managing its assessment).</summary>
    public static Decision ChangeLink(Assessment state, Guid respondentId)
    {
        if (state.FindRespondent(respondentId) is null)
            return Decision.Reject("RESPONDENT_NOT_FOUND", "respondentId", "This respondent is not part of the assessment.");
        if (state.Status == AssessmentStatus.Closed) return Closed();
        if (state.OwnerRespondent == respondentId)
            return Decision.Reject("OWNER_LINK", "respondentId", "The owner's own link cannot be sent again or revoked.");
        return Decision.Accept();
    }
}
