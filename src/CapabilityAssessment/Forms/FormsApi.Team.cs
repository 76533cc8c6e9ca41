using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;

namespace CapabilityAssessment.Forms;

/// <summary>
/// The owner's page of a self-service assessment, /a/{token}/team: invite colleagues by role, see who has started and
/// submitted, send a link again or revoke it, and close. A new link is shown once after the redirect (PRG): it travels
/// in a short-lived cookie scoped to this page, because only its hash is stored.
/// </summary>
internal static partial class FormsApi
{
    private const string IssuedCookie = "issued_link";

    private static void MapTeam(RouteGroupBuilder group)
    {
        group.MapGet("/team", Team);
        group.MapPost("/team/invite", Invite);
        group.MapPost("/team/{respondentId:guid}/resend", Resend);
        group.MapPost("/team/{respondentId:guid}/revoke", Revoke);
        group.MapPost("/team/close", Close);
    }

    private static async Task<IResult> Team(HttpContext http, string token, HtmlTemplates html,
        AssessmentCommands commands, CancellationToken ct)
    {
        if (await RespondentSession.OpenAsync(http, token, ct) is not { } s) return NotFound(http, html);
        if (!s.ManagesTeam()) return OwnerOnly(http, html);
        IssuedLinkView? issued = null;
        if (http.Request.Cookies[IssuedCookie] is { Length: > 0 } flash
            && flash.Split(':', 2) is [var role, var newToken])
        {
            issued = TeamView.Issued(http, s, new IssuedLink(Guid.Empty, role, newToken));
            http.Response.Cookies.Delete(IssuedCookie, new CookieOptions { Path = s.TeamUrl() });
        }
        return RenderTeam(http, html, s, await commands.RespondentsWithLiveLinksAsync(s.State.Id, ct), issued, "",
            StatusCodes.Status200OK);
    }

    private static async Task<IResult> Invite(HttpContext http, string token, HtmlTemplates html,
        AssessmentCommands commands, CancellationToken ct)
    {
        var (s, refused) = await OpenAsOwnerAsync(http, token, html, ct);
        if (s is null) return refused!;
        var (form, refusal) = await ReadPostedFormAsync(http, ct);
        if (form is null) return refusal!;
        var (result, link) = await commands.InviteAsync(s.State.Id, form["role"].ToString(),
            "respondent:" + s.Respondent.Id, ct);
        if (result.Succeeded) return ShowLinkOnce(http, s, link!);
        var live = await commands.RespondentsWithLiveLinksAsync(s.State.Id, ct);
        return RenderTeam(http, html, s, live, null, FormStrings.Get(s.Lang, "err_role"),
            StatusCodes.Status422UnprocessableEntity,
            [new ErrorLink("#invite-role", FormStrings.Get(s.Lang, "err_role"))]);
    }

    private static async Task<IResult> Resend(HttpContext http, string token, Guid respondentId, HtmlTemplates html,
        AssessmentCommands commands, CancellationToken ct)
    {
        var (s, refused) = await OpenAsOwnerAsync(http, token, html, ct);
        if (s is null) return refused!;
        var (result, link) = await commands.ReissueLinkAsync(s.State.Id, respondentId,
            "respondent:" + s.Respondent.Id, ct);
        return result.Succeeded ? ShowLinkOnce(http, s, link!) : await TeamProblem(http, html, s, commands, result, ct);
    }

    private static async Task<IResult> Revoke(HttpContext http, string token, Guid respondentId, HtmlTemplates html,
        AssessmentCommands commands, CancellationToken ct)
    {
        var (s, refused) = await OpenAsOwnerAsync(http, token, html, ct);
        if (s is null) return refused!;
        var result = await commands.RevokeLinksAsync(s.State.Id, respondentId, "respondent:" + s.Respondent.Id, ct);
        return result.Succeeded ? SeeOther(s.TeamUrl()) : await TeamProblem(http, html, s, commands, result, ct);
    }

    private static async Task<IResult> Close(HttpContext http, string token, HtmlTemplates html,
        AssessmentCommands commands, CancellationToken ct)
    {
        var (s, refused) = await OpenAsOwnerAsync(http, token, html, ct);
        if (s is null) return refused!;
        var result = await commands.DecideAsync(s.State.Id, (state, _) =>
            AssessmentRules.Close(state, "respondent:" + s.Respondent.Id, commands.Now), ct);
        return result.Succeeded ? SeeOther(s.Base) : await TeamProblem(http, html, s, commands, result, ct);
    }

    private static async Task<(RespondentSession? Session, IResult? Refusal)> OpenAsOwnerAsync(HttpContext http,
        string token, HtmlTemplates html, CancellationToken ct)
    {
        if (await RespondentSession.OpenAsync(http, token, ct) is not { } s) return (null, NotFound(http, html));
        if (!s.ManagesTeam()) return (null, OwnerOnly(http, html));
        if (s.State.Status == AssessmentStatus.Closed)
            return (null, Message(http, html, StatusCodes.Status409Conflict, AssessmentCodes.AssessmentClosed,
                "done_title", "closed", true));
        return (s, null);
    }

    private static IResult ShowLinkOnce(HttpContext http, RespondentSession s, IssuedLink link)
    {
        http.Response.Cookies.Append(IssuedCookie, $"{link.Role}:{link.Token}", new CookieOptions
        {
            Path = s.TeamUrl(), HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps,
            MaxAge = TimeSpan.FromMinutes(10),
        });
        return SeeOther(s.TeamUrl() + "#issued");
    }

    private static async Task<IResult> TeamProblem(HttpContext http, HtmlTemplates html, RespondentSession s,
        AssessmentCommands commands, CommandResult result, CancellationToken ct)
    {
        var fresh = await RespondentSession.OpenAsync(http, s.Token, ct) ?? s;
        var live = await commands.RespondentsWithLiveLinksAsync(s.State.Id, ct);
        var errors = result.Problems.Select(p => new ErrorLink("#main", FormStrings.Get(s.Lang, p.Code switch
        {
            AssessmentCodes.NothingSubmitted => "close_rule_none",
            AssessmentCodes.OwnerLink => "err_owner_link",
            AssessmentCodes.AssessmentClosed => "closed",
            _ => "error",
        }))).ToList();
        return RenderTeam(http, html, fresh, live, null, "", StatusCodes.Status409Conflict, errors);
    }

    private static IResult RenderTeam(HttpContext http, HtmlTemplates html, RespondentSession s,
        IReadOnlySet<Guid> live, IssuedLinkView? issued, string roleError, int status,
        IReadOnlyList<ErrorLink>? errors = null) =>
        Render(html, "team", s.Page(http, FormStrings.Get(s.Lang, "team"),
            TeamView.Build(http, s, live, issued, roleError), errors: errors, self: s.TeamUrl()), status);

    private static IResult OwnerOnly(HttpContext http, HtmlTemplates html) =>
        Message(http, html, StatusCodes.Status403Forbidden, AccessDenied.Forbidden, "team", "owner_only", true);
}
