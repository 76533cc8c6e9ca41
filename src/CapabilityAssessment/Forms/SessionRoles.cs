using CapabilityAssessment.Assessments;

namespace CapabilityAssessment.Forms;

/// <summary>What a respondent's link may do beyond answering: the firm's contact keeps the profile, and manages
/// the team when it is the self-service owner or a contact a consultant named (the same rule as
/// Principal.CanManage for GraphQL).</summary>
internal static class SessionRoles
{
    public static bool IsOwner(this RespondentSession s) => s.State.OwnerRespondent == s.Respondent.Id;

    public static bool ManagesTeam(this RespondentSession s) => s.State.OwnerManagesTeam && s.IsOwner();

    public static string TeamUrl(this RespondentSession s) => $"{s.Base}/team";

    public static string ReportUrl(this RespondentSession s) => $"/r/{Uri.EscapeDataString(s.Token)}";
}
