using CapabilityAssessment.Assessments;

namespace CapabilityAssessment.Forms;

/// <summary>The thank-you and closed states of a link: closed leads to the report; before that, who is still to answer
/// and who closes.</summary>
internal static class DoneView
{
    public static DonePage Build(RespondentSession s)
    {
        string T(string key) => FormStrings.Get(s.Lang, key);
        if (s.State.Status == AssessmentStatus.Closed) return new DonePage(T("closed_done"), "", s.ReportUrl(), "");
        var submitted = s.State.Respondents.Count(r => r.HasSubmitted);
        var next = string.Format(T(s.ManagesTeam() ? "done_next_owner" : "done_next"), submitted,
            s.State.Respondents.Count);
        return new DonePage(T("done"), next, "", s.ManagesTeam() ? s.TeamUrl() : "");
    }
}
