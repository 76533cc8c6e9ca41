namespace CapabilityAssessment.Access;

public enum PrincipalRole { Anonymous, Respondent, Consultant, Researcher, Admin }

/// <summary>Who is asking: an API key's holder, a respondent by link token, or nobody.</summary>
public sealed record Principal(PrincipalRole Role, string Id, string? OrganisationId = null, Guid? AssessmentId = null,
    Guid? RespondentId = null)
{
    public static readonly Principal Anonymous = new(PrincipalRole.Anonymous, "anonymous");

    public bool IsAuthenticated => Role != PrincipalRole.Anonymous;

    /// <summary>Consultants manage their organisation's assessments; admins all; a respondent its own when it is
    /// the managing one (AssessmentSummary.OwnerRespondent: a self-service firm's first respondent, or the
    /// contact a consultant named).</summary>
    public bool CanManage(Guid assessmentId, string? assessmentOrganisation, Guid? ownerRespondent) => Role switch
    {
        PrincipalRole.Admin => true,
        PrincipalRole.Consultant => assessmentOrganisation is not null && assessmentOrganisation == OrganisationId,
        PrincipalRole.Respondent => ownerRespondent is not null && AssessmentId == assessmentId
            && RespondentId == ownerRespondent,
        _ => false,
    };
}
