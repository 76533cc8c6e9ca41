using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Http;

namespace CapabilityAssessment.Forms;

internal sealed record TeamPage(string InviteAction, IReadOnlyList<SelectOption> Roles, string RoleError,
    IssuedLinkView? Issued, IReadOnlyList<TeamMember> Members, string CloseAction, bool CanClose, string CloseRule)
{
    public bool HasIssued => Issued is not null;
    public bool HasRoleError => RoleError.Length > 0;
}

/// <summary>
/// A link just issued: shown once (only its hash is kept), with a message the owner can paste into an email.
/// </summary>
internal sealed record IssuedLinkView(string Role, string Url, string Message);

/// <summary>One respondent as the owner sees them: role and status, never answers.</summary>
internal sealed record TeamMember(string Id, string Role, string Status, bool IsYou, bool CanChange,
    string ResendAction, string RevokeAction);

internal static class TeamView
{
    public static TeamPage Build(HttpContext http, RespondentSession s, IReadOnlySet<Guid> live, IssuedLinkView? issued,
        string roleError)
    {
        string T(string key) => FormStrings.Get(s.Lang, key);
        var members = s.State.Respondents.Select((r, i) => new TeamMember($"member-{i + 1}", RoleTitle(s, r.Role),
            T(r.HasSubmitted ? "status_submitted" : !live.Contains(r.Id) ? "status_revoked" : r.Answers.IsEmpty
                ? "status_invited" : "status_started"),
            r.Id == s.Respondent.Id, r.Id != s.State.OwnerRespondent && s.State.Status == AssessmentStatus.Open,
            $"{s.TeamUrl()}/{r.Id}/resend", $"{s.TeamUrl()}/{r.Id}/revoke")).ToList();
        var submitted = s.State.Respondents.Count(r => r.HasSubmitted);
        var rule = submitted == 0
            ? T("close_rule_none")
            : string.Format(T("close_rule"), submitted, s.State.Respondents.Count);
        var roles = s.Instrument.Roles.Select(r => new SelectOption(r.Key, r.Title.Get(s.Lang), false)).ToList();
        return new TeamPage($"{s.TeamUrl()}/invite", [new("", T("choose"), false), .. roles], roleError,
            issued, members,
            $"{s.TeamUrl()}/close", submitted > 0 && s.State.Status == AssessmentStatus.Open, rule);
    }

    public static IssuedLinkView Issued(HttpContext http, RespondentSession s, IssuedLink link)
    {
        var url = PublicUrls.Absolute(http, $"/a/{Uri.EscapeDataString(link.Token)}");
        var items = InstrumentForms.ItemsFor(s.Instrument, link.Role).Count;
        var message = string.Format(FormStrings.Get(s.Lang, "invite_message"), s.State.Firm.Name,
            RoleTitle(s, link.Role), FrontDoor.Minutes(items), url);
        return new IssuedLinkView(RoleTitle(s, link.Role), url, message);
    }

    public static string RoleTitle(RespondentSession s, string role) =>
        s.Instrument.Roles.FirstOrDefault(r => r.Key == role)?.Title.Get(s.Lang) ?? role;
}
