using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Forms;
using Microsoft.AspNetCore.Antiforgery;

namespace CapabilityAssessment.Reports;

internal static partial class ReportsApi
{
    /// <summary>
    /// POST /r/{token}/follow-up: the self-service owner starts the firm's next assessment and lands on its form (303).
    /// Antiforgery-protected like every form post; anyone else's link is refused with 403 FORBIDDEN.
    /// </summary>
    private static async Task<IResult> StartFollowUp(HttpContext http, string token, HtmlTemplates forms,
        AssessmentCommands commands, CancellationToken ct)
    {
        var lang = LanguageChoice.Choose(http, null);
        if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            return Message(http, forms, lang, new(StatusCodes.Status400BadRequest, FormCodes.AntiforgeryFailed,
                "bad_request_title", "bad_request"),
                FormStrings.Get);
        if (await RespondentSession.OpenAsync(http, token, ct) is not { } s)
            return Message(http, forms, lang, new(StatusCodes.Status404NotFound, FormCodes.InvalidToken,
                "not_found_title", "not_found"), FormStrings.Get);
        lang = LanguageChoice.Choose(http, s.State.Language);
        if (!ChangeReport.MayFollowUp(s.State, s.Respondent))
            return Message(http, forms, lang, new(StatusCodes.Status403Forbidden, AccessDenied.Forbidden,
                "follow_up_forbidden_title",
                "follow_up_forbidden"), ReportStrings.Get);
        var (result, link) = await commands.StartFollowUpAsync(s.State, ct);
        if (!result.Succeeded)
            return Message(http, forms, lang, new(StatusCodes.Status409Conflict, result.Problems[0].Code,
                "follow_up_failed_title",
                "follow_up_failed"), ReportStrings.Get);
        return new SeeOtherResult($"/a/{Uri.EscapeDataString(link!.Token)}?lang={Uri.EscapeDataString(lang)}");
    }
}
